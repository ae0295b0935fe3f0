package dev.kansen.cli.report;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Where a figure falls between two others, computed in decimals so that any figure a programme
 * may hold, however large or small (such as {@code 1e1000}, beyond what a {@code double} holds),
 * gives a finite position on a chart.
 */
final class Fraction {
  private static final MathContext PRECISION = MathContext.DECIMAL64;

  private Fraction() {}

  /**
   * @param value a figure
   * @param max the largest figure, above zero
   * @return {@code value / max}, held between -1 and 1
   */
  static double of(BigDecimal value, BigDecimal max) {
    return between(value, BigDecimal.ZERO, max);
  }

  /**
   * @param value a figure
   * @param low the bottom of the range
   * @param high the top of the range, above {@code low}
   * @return {@code (value − low) / (high − low)}, held between -1 and 1
   */
  static double between(BigDecimal value, BigDecimal low, BigDecimal high) {
    BigDecimal range = high.subtract(low, PRECISION);
    if (range.signum() <= 0) {
      throw new IllegalArgumentException("The range " + low + " to " + high + " is empty");
    }
    double fraction = value.subtract(low, PRECISION).divide(range, PRECISION).doubleValue();
    return Math.max(-1, Math.min(1, fraction));
  }
}
