package dev.kansen.analysis;

import java.util.Objects;

/**
 * The gap between a group's share and a reference group's, with its confidence interval: e.g. the
 * share of pupils with a school advice below their test advice among children of parents with a low
 * education minus the same share among children of parents with a high education. Shares, gap and
 * limits are fractions (0.12 is 12 percentage points).
 *
 * @param group the group, e.g. {@code low}
 * @param reference the reference group, e.g. {@code high}
 * @param share the group's proportion
 * @param referenceShare the reference group's proportion
 * @param method how the interval was computed
 * @param lower the interval's lower limit
 * @param upper the interval's upper limit
 */
public record ProportionGap(String group, String reference, Proportion share, Proportion referenceShare,
    IntervalMethod method, double lower, double upper) {
  /** Checks that no component is {@code null}. */
  public ProportionGap {
    Objects.requireNonNull(group, "ProportionGap.group must not be null");
    Objects.requireNonNull(reference, "ProportionGap.reference must not be null");
    Objects.requireNonNull(share, "ProportionGap.share must not be null");
    Objects.requireNonNull(referenceShare, "ProportionGap.referenceShare must not be null");
    Objects.requireNonNull(method, "ProportionGap.method must not be null");
  }

  /**
   * The gap with its 95% interval.
   *
   * @param group the group's name
   * @param share the group's proportion, of at least 1 pupil
   * @param reference the reference group's name
   * @param referenceShare the reference group's proportion, of at least 1 pupil
   * @param method the interval method
   * @return the gap
   * @throws IllegalArgumentException when either group has no pupils
   */
  public static ProportionGap of(String group, Proportion share, String reference, Proportion referenceShare,
      IntervalMethod method) {
    double[] limits = method.interval(share.count(), share.pupils(), referenceShare.count(), referenceShare.pupils(),
        IntervalMethod.Z_95);
    return new ProportionGap(group, reference, share, referenceShare, method, limits[0], limits[1]);
  }

  /** @return {@code share − referenceShare} */
  public double gap() {
    return share.share() - referenceShare.share();
  }
}
