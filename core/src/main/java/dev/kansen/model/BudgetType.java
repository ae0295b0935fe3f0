package dev.kansen.model;

/** Whether a budget line is the original or a revised budget (IATI budget type). */
public enum BudgetType {
  /** The original budget. */
  ORIGINAL,
  /** A revision of the original budget. */
  REVISED
}
