package dev.kansen.analysis;

/**
 * How the confidence interval of a difference between two proportions, {@code p1 − p2} with
 * {@code p1 = x1/n1} and {@code p2 = x2/n2}, is computed. The formulas are in {@code docs/equity.md};
 * every method clips its interval to {@code [−1, 1]}.
 */
public enum IntervalMethod {
  /**
   * Newcombe's hybrid score interval (method 10 of Newcombe, 1998, <i>Statistics in Medicine</i> 17:
   * 873–890): the Wilson score limits of each proportion combined by the square-and-add rule. Good
   * coverage also for small groups and shares near 0% or 100%; kansen's default.
   */
  NEWCOMBE_HYBRID_SCORE,
  /**
   * The Wald interval {@code d ± z·√(p1q1/n1 + p2q2/n2)} (Newcombe's method 1): the textbook formula,
   * known to cover too seldom for small groups and extreme shares, and of zero width when both shares
   * are 0% or 100%.
   */
  WALD,
  /**
   * Agresti and Caffo's interval (2000): the Wald interval after adding one pupil with and one without
   * the attribute to each group. Simple, and far better than Wald for small groups.
   */
  AGRESTI_CAFFO;

  /** The standard normal quantile of a two-sided 95% interval. */
  public static final double Z_95 = 1.959963984540054;

  /**
   * The interval of {@code x1/n1 − x2/n2}.
   *
   * @param x1 pupils with the attribute in the first group
   * @param n1 pupils in the first group, at least 1
   * @param x2 pupils with the attribute in the second group
   * @param n2 pupils in the second group, at least 1
   * @param z the normal quantile, e.g. {@link #Z_95}
   * @return {@code {lower, upper}}
   * @throws IllegalArgumentException unless {@code 0 ≤ x ≤ n} and {@code n ≥ 1} for both groups and z is positive
   */
  public double[] interval(long x1, long n1, long x2, long n2, double z) {
    check(x1, n1);
    check(x2, n2);
    if (!(z > 0)) {
      throw new IllegalArgumentException("z must be positive, but was " + z);
    }
    double p1 = (double) x1 / n1;
    double p2 = (double) x2 / n2;
    double d = p1 - p2;
    return switch (this) {
      case NEWCOMBE_HYBRID_SCORE -> {
        double[] w1 = wilson(x1, n1, z);
        double[] w2 = wilson(x2, n2, z);
        double lower = d - Math.sqrt(square(p1 - w1[0]) + square(w2[1] - p2));
        double upper = d + Math.sqrt(square(w1[1] - p1) + square(p2 - w2[0]));
        yield clip(lower, upper);
      }
      case WALD -> {
        double half = z * Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        yield clip(d - half, d + half);
      }
      case AGRESTI_CAFFO -> {
        double a1 = (x1 + 1.0) / (n1 + 2.0);
        double a2 = (x2 + 1.0) / (n2 + 2.0);
        double half = z * Math.sqrt(a1 * (1 - a1) / (n1 + 2.0) + a2 * (1 - a2) / (n2 + 2.0));
        yield clip(a1 - a2 - half, a1 - a2 + half);
      }
    };
  }

  /**
   * Wilson's score interval of one proportion, without continuity correction.
   *
   * @param x pupils with the attribute
   * @param n pupils, at least 1
   * @param z the normal quantile
   * @return {@code {lower, upper}}
   * @throws IllegalArgumentException unless {@code 0 ≤ x ≤ n} and {@code n ≥ 1}
   */
  public static double[] wilson(long x, long n, double z) {
    check(x, n);
    double p = (double) x / n;
    double z2 = z * z;
    double centre = 2 * n * p + z2;
    double spread = z * Math.sqrt(z2 + 4 * n * p * (1 - p));
    double denominator = 2 * (n + z2);
    return new double[] {Math.max(0, (centre - spread) / denominator), Math.min(1, (centre + spread) / denominator)};
  }

  private static void check(long x, long n) {
    if (n < 1 || x < 0 || x > n) {
      throw new IllegalArgumentException("A proportion needs 0 <= x <= n and n >= 1, but was " + x + "/" + n);
    }
  }

  private static double square(double v) {
    return v * v;
  }

  private static double[] clip(double lower, double upper) {
    return new double[] {Math.max(-1, lower), Math.min(1, upper)};
  }
}
