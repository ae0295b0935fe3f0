package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/** A grant's budget for one period (at most a year, as IATI asks): amount, original or revised, indicative or committed. */
@Value.Immutable
public abstract class BudgetLine {
  BudgetLine() {}

  /** @return the period the budget covers */
  public abstract DateRange period();

  /** @return the budgeted amount */
  public abstract Money amount();

  /** @return original or revised; {@code ORIGINAL} unless set */
  @Value.Default
  public BudgetType type() {
    return BudgetType.ORIGINAL;
  }

  /** @return indicative or committed; {@code INDICATIVE} unless set */
  @Value.Default
  public BudgetStatus status() {
    return BudgetStatus.INDICATIVE;
  }

  /** @return the spending category the budget is for, when it is for one (see {@link SpendingCategory}) */
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

  /** Builds a {@link BudgetLine}. */
  public static final class Builder extends ImmutableBudgetLine.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("BudgetLine", "category", category());
  }
}
