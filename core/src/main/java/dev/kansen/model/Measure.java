package dev.kansen.model;

/** How an indicator's values are measured (IATI indicator measure). */
public enum Measure {
  /** A count or amount of units. */
  UNIT,
  /** A percentage, 0 to 100. */
  PERCENTAGE,
  /** A category without order. */
  NOMINAL,
  /** A category or score with an order. */
  ORDINAL,
  /** A description in words; values are not required. */
  QUALITATIVE
}
