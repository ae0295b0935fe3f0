package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/** A part of a grant set aside for one intervention. */
@Value.Immutable
public abstract class Allocation {
  Allocation() {}

  /** @return the id of the intervention the money is for */
  public abstract String intervention();

  /** @return the amount allocated */
  public abstract Money amount();

  /**
   * An allocation.
   *
   * @param intervention the intervention's id
   * @param amount the amount
   * @return the allocation
   */
  public static Allocation of(String intervention, Money amount) {
    return builder().intervention(intervention).amount(amount).build();
  }

  /**
   * Properties this version of kansen does not know, by name, each as its raw JSON text. Only the
   * lenient JSON reader fills this, so that a document from a newer version loses nothing on a
   * round trip; the writer writes them back after the known properties, in name order.
   *
   * @return unknown properties, by name, as raw JSON; the one shared empty map when there are none
   */
  public final SortedMap<String, String> unknownProperties() {
    return UnknownProperties.sorted(storedUnknownProperties());
  }

  /**
   * The attribute behind {@link #unknownProperties()}, as the builder's {@code putUnknownProperties}
   * methods filled it (the style's {@code stored*} prefix names the attribute {@code
   * unknownProperties}): unsorted, and the JDK's shared empty map when there are none.
   *
   * @return unknown properties, by name, as raw JSON
   */
  abstract Map<String, String> storedUnknownProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Allocation}. */
  public static final class Builder extends ImmutableAllocation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Allocation", "intervention", intervention());
  }
}
