package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Money the recipient paid back to the funder because it was not spent, such as the unspent part
 * of an OAB grant after the year's accounts; new in wire format 1.1.
 *
 * <p>A repayment is a grant's own list rather than a transaction type, because money flows the
 * other way: a format 1.0 reader, which knows only commitments, disbursements and expenditure,
 * would otherwise count it as one of them.
 */
@Value.Immutable
public abstract class Repayment {
  Repayment() {}

  /** @return the day of the repayment */
  public abstract LocalDate date();

  /** @return the amount paid back */
  public abstract Money amount();

  /** @return the spending category it is the unspent part of, when it is one (see {@link SpendingCategory}) */
  public abstract Optional<String> category();

  /** @return a description in words */
  public abstract Optional<String> description();

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

  /** Builds a {@link Repayment}. */
  public static final class Builder extends ImmutableRepayment.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("Repayment", "category", category());
    Checks.text("Repayment", "description", description());
  }
}
