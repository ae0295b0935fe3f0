package dev.kansen.model;

/** How firm a budget line is (IATI budget status). */
public enum BudgetStatus {
  /** A non-binding estimate. */
  INDICATIVE,
  /** A binding commitment. */
  COMMITTED
}
