package dev.kansen.model;

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

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BudgetLine}. */
  public static final class Builder extends ImmutableBudgetLine.Builder {
    Builder() {}
  }
}
