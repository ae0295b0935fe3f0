package dev.kansen.disclosure.internal;

import dev.kansen.analysis.Suppression;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One group of pupils of a figure's table: the figure's total (index 0), a breakdown cell, or the
 * pupils a row's members leave out (a residual, never published).
 */
final class Node {
  final int index;
  /** Position among the figure's breakdowns; -1 for the total and for residuals. */
  final int breakdown;
  final String dimension;
  final String category;
  /** Pupils; -1 when unknown. The total's is set once the table knows its population. */
  long pupils;
  final Optional<BigDecimal> value;
  final boolean residual;
  Suppression suppression = Suppression.NONE;

  Node(int index, int breakdown, String dimension, String category, long pupils, Optional<BigDecimal> value,
      boolean residual) {
    this.index = index;
    this.breakdown = breakdown;
    this.dimension = dimension;
    this.category = category;
    this.pupils = pupils;
    this.value = value;
    this.residual = residual;
    if (residual) {
      suppression = Suppression.COMPLEMENTARY;
    }
  }

  boolean published() {
    return !suppression.suppressed();
  }

  boolean known() {
    return pupils >= 0;
  }

  @Override
  public String toString() {
    return (residual ? "rest of " : "") + dimension + "/" + category + "#" + index;
  }
}
