package dev.kansen.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Municipalities compared on one equity measure in one school year, as a funnel plot: each
 * municipality's rate against its number of pupils, with control limits around the pooled rate, so
 * that a small municipality's chance variation is not read as success or failure.
 *
 * <p>The pooled rate is {@code Σx / Σn} over the <em>published</em> points only: a pooled rate that
 * included a withheld municipality would, with the published ones, give it away. The control limits
 * at {@code n} pupils are the binomial normal approximation {@code p ± z·√(p(1−p)/n)}, clipped to
 * 0..1, with {@code z} = 1.959964 (95%) and 3.090232 (99.8%); see {@code docs/equity.md}.
 *
 * @param measure the measure
 * @param group the group compared, e.g. {@code low}; {@link GroupShare#ALL} for all pupils
 * @param schoolYear the school year, e.g. {@code 2023-2024}
 * @param points every municipality, published or withheld, in the order given
 */
public record Funnel(EquityMeasure measure, String group, String schoolYear, List<FunnelPoint> points) {
  /** The normal quantile of the inner (95%) limits. */
  public static final double Z_95 = IntervalMethod.Z_95;
  /** The normal quantile of the outer (99.8%) limits. */
  public static final double Z_998 = 3.090232306167813;

  /** Checks that no component is {@code null} and copies the points. */
  public Funnel {
    Objects.requireNonNull(measure, "Funnel.measure must not be null");
    Objects.requireNonNull(group, "Funnel.group must not be null");
    Objects.requireNonNull(schoolYear, "Funnel.schoolYear must not be null");
    points = List.copyOf(points);
  }

  /** @return the pupils and the count of the published points together */
  public Proportion pooled() {
    return points.stream().filter(p -> !p.suppressed()).map(p -> p.proportion().get())
        .reduce(new Proportion(0, 0), Proportion::plus);
  }

  /**
   * The control limits at a number of pupils.
   *
   * @param pupils the number of pupils, at least 1
   * @param z the normal quantile, e.g. {@link #Z_95}
   * @return {@code {lower, upper}}, within 0..1
   * @throws IllegalArgumentException when pupils is below 1
   */
  public double[] limits(long pupils, double z) {
    if (pupils < 1) {
      throw new IllegalArgumentException("Funnel limits need at least 1 pupil, but got " + pupils);
    }
    double p = pooled().share();
    double half = z * Math.sqrt(p * (1 - p) / pupils);
    return new double[] {Math.max(0, p - half), Math.min(1, p + half)};
  }

  /**
   * @param point one of the published points
   * @param z the normal quantile of the limits
   * @return whether the point lies outside the limits at its number of pupils
   */
  public boolean outside(FunnelPoint point, double z) {
    Proportion proportion = point.proportion().orElseThrow();
    double[] limits = limits(proportion.pupils(), z);
    return proportion.share() < limits[0] || proportion.share() > limits[1];
  }

  /**
   * The funnel of one measure and group over many cohort tables' published figures.
   *
   * @param measure the measure
   * @param group the group, e.g. {@code low}
   * @param schoolYear the school year the figures are of
   * @param figures per area, its name and its published figure of the measure (or none)
   * @return the funnel; an area without the figure, or whose group is withheld, is a withheld point
   */
  public static Funnel of(EquityMeasure measure, String group, String schoolYear, List<Area> figures) {
    List<FunnelPoint> points = figures.stream().map(a -> {
      GroupShare share = a.figure().map(f -> group.equals(GroupShare.ALL) ? f.total() : f.group(group))
          .orElse(new GroupShare(group, java.util.Optional.empty(), Suppression.UNKNOWN_PUPILS));
      return new FunnelPoint(a.area(), a.name(), share.proportion(), share.suppression());
    }).toList();
    return new Funnel(measure, group, schoolYear, points);
  }

  /**
   * One area's published figure, the input of {@link #of}.
   *
   * @param area the area's code
   * @param name its name for people
   * @param figure its published figure of the measure; empty when its table has no data for it
   */
  public record Area(String area, String name, java.util.Optional<EquityFigure> figure) {
    /** Checks that no component is {@code null}. */
    public Area {
      Objects.requireNonNull(area, "Funnel.Area.area must not be null");
      Objects.requireNonNull(name, "Funnel.Area.name must not be null");
      Objects.requireNonNull(figure, "Funnel.Area.figure must not be null");
    }
  }
}
