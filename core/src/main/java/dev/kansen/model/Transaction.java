package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/** A movement of money under a grant: a commitment, a disbursement or an expenditure, on a day. */
@Value.Immutable
public abstract class Transaction {
  Transaction() {}

  /** @return the kind of movement */
  public abstract TransactionType type();

  /** @return the day of the movement */
  public abstract LocalDate date();

  /** @return the amount moved */
  public abstract Money amount();

  /** @return the id of the intervention the money was for, when it was for one */
  public abstract Optional<String> intervention();

  /** @return a description in words */
  public abstract Optional<String> description();

  /** @return a finer kind than {@link #type()}, such as incoming funds, when stated */
  public abstract Optional<TransactionSubtype> subtype();

  /** @return the spending category the money was for, when it was for one (see {@link SpendingCategory}) */
  public abstract Optional<String> category();

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

  /** Builds a {@link Transaction}. */
  public static final class Builder extends ImmutableTransaction.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    intervention().ifPresent(id -> Checks.id("Transaction", "intervention", id));
    Checks.text("Transaction", "description", description());
    Checks.text("Transaction", "category", category());
  }
}
