package dev.kansen.analysis;

import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measure;
import dev.kansen.model.MethodBreak;
import dev.kansen.model.SchoolYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where an outcome indicator stands: its baseline, and per school year its target, its actual and
 * the progress made, every figure as {@link Disclosure} lets it be published.
 *
 * <p><b>Progress fraction</b> — {@code (actual − baseline) / (target − baseline)}, rounded to
 * {@value #FRACTION_SCALE} decimals, {@link RoundingMode#HALF_EVEN half-even}: {@code 0} at the
 * baseline, {@code 1} on target, above {@code 1} beyond it, below {@code 0} when the actual moved
 * away from the target. The formula measures movement toward the target, so it serves ascending
 * and descending indicators alike: baseline 30, target 20 and actual 25 give {@code 0.5000}. It is
 * undefined (empty) when
 * <ul>
 *   <li>the indicator is not {@link Measure#UNIT} or {@link Measure#PERCENTAGE}: differences of
 *       qualitative, nominal or ordinal values are not quantities;
 *   <li>the baseline, the actual or the target is missing, has no value or is suppressed (a
 *       fraction computed from a suppressed figure would give it away);
 *   <li>the target equals the baseline (nothing to make progress toward);
 *   <li>the target lies on the worse side of the baseline for the indicator's
 *       {@link Indicator#ascending() direction} — a target that asks for worse is taken for a data
 *       error rather than reported as progress.
 * </ul>
 *
 * <p><b>Target met</b> — whether the actual is at least the target for an ascending indicator, at
 * most the target for a descending one; defined for {@code UNIT}, {@code PERCENTAGE} and
 * {@code ORDINAL} indicators when both figures are published with a value.
 *
 * <p><b>Breaks in method</b> — figures measured by different methods do not compare (the
 * doorstroomtoets replaced the eindtoets from 2023-2024). Two school years are
 * {@linkplain #sameMethod(SchoolYear, SchoolYear) measured by the same method} when no
 * {@linkplain Indicator#methodBreaks() break} lies after the earlier and on or before the later. A
 * progress fraction, an expected value and on track are undefined unless the baseline, the actual
 * and the target are all measured by the same method; a trend runs only through actuals of one method.
 *
 * <p><b>On track</b> — the path from the baseline to a target is the straight line from the
 * baseline's value in its school year to the target's value in the target's school year, counted in
 * whole school years. A period's <em>expected</em> value is the path's value in the period's school
 * year, toward the target of the first school year at or after it that has a published target (at or
 * after the target's year the path stays at the target, so an actual after the last target is judged
 * by the last target). The actual is <em>on track</em> when it is at least the expected value for an
 * ascending indicator, at most for a descending one, compared exactly; the expected value is shown
 * rounded to {@value #FRACTION_SCALE} decimals half-even. Defined under the same conditions as the
 * progress fraction, and only for school years after the baseline's.
 *
 * <p><b>Trend</b> — the least-squares slope per school year through the published actuals measured
 * by the same method as the latest published actual, when there are at least two school years of them
 * ({@link #trend()}); {@code UNIT} and {@code PERCENTAGE} indicators only. Withheld actuals are left out.
 *
 * @param indicator the indicator's id
 * @param measure how the indicator's values are measured
 * @param ascending whether a higher value is better
 * @param baseline the baseline with its school year, as it may be published
 * @param periods every period of the indicator, in school-year order (equal years in the given order)
 * @param methodBreaks the school years from which the method changed, in order, each once
 */
public record IndicatorProgress(String indicator, Measure measure, boolean ascending, Optional<DatedFigure> baseline,
    List<PeriodProgress> periods, List<SchoolYear> methodBreaks) {
  /** The number of decimals of a progress fraction. */
  public static final int FRACTION_SCALE = 4;
  /** How a progress fraction is rounded to {@value #FRACTION_SCALE} decimals. */
  public static final RoundingMode FRACTION_ROUNDING = RoundingMode.HALF_EVEN;

  /** Checks that no component is {@code null}, copies the periods and sorts the breaks. */
  public IndicatorProgress {
    Objects.requireNonNull(indicator, "IndicatorProgress.indicator must not be null");
    Objects.requireNonNull(measure, "IndicatorProgress.measure must not be null");
    Objects.requireNonNull(baseline, "IndicatorProgress.baseline must not be null");
    periods = List.copyOf(periods);
    methodBreaks = List.copyOf(new TreeSet<>(methodBreaks));
  }

  /**
   * Where an indicator stands when its method never changed.
   *
   * @param indicator the indicator's id
   * @param measure how the indicator's values are measured
   * @param ascending whether a higher value is better
   * @param baseline the baseline with its school year, as it may be published
   * @param periods every period of the indicator, in school-year order
   */
  public IndicatorProgress(String indicator, Measure measure, boolean ascending, Optional<DatedFigure> baseline,
      List<PeriodProgress> periods) {
    this(indicator, measure, ascending, baseline, periods, List.of());
  }

  /**
   * Computes where an indicator stands, with the {@linkplain Disclosure#standard() standard threshold}.
   *
   * @param indicator an indicator
   * @return where it stands
   */
  public static IndicatorProgress of(Indicator indicator) {
    return of(indicator, Disclosure.standard());
  }

  /**
   * Computes where an indicator stands.
   *
   * @param indicator an indicator
   * @param disclosure the rule deciding which figures may be published
   * @return where it stands
   */
  public static IndicatorProgress of(Indicator indicator, Disclosure disclosure) {
    Optional<DatedFigure> baseline = indicator.baseline()
        .map(b -> new DatedFigure(b.schoolYear(), disclosure.figure(b)));
    List<SchoolYear> breaks = indicator.methodBreaks().stream().map(MethodBreak::schoolYear).toList();
    List<IndicatorPeriod> sorted = indicator.periods().stream()
        .sorted(Comparator.comparing(IndicatorPeriod::schoolYear)).toList();
    List<DatedFigure> targets = new ArrayList<>();
    for (IndicatorPeriod p : sorted) {
      p.target().ifPresent(t -> targets.add(new DatedFigure(p.schoolYear(), disclosure.figure(t))));
    }
    Measure measure = indicator.measure();
    boolean ascending = indicator.ascending();
    List<PeriodProgress> periods = new ArrayList<>(sorted.size());
    for (IndicatorPeriod p : sorted) {
      Optional<DatedFigure> target = p.target().map(t -> new DatedFigure(p.schoolYear(), disclosure.figure(t)));
      Optional<DatedFigure> actual = p.actual().map(a -> new DatedFigure(p.schoolYear(), disclosure.figure(a)));
      Optional<DatedFigure> pathTarget = actual.flatMap(a -> pathTarget(targets, a.schoolYear()));
      Optional<Path> path = path(measure, ascending, breaks, baseline, actual, pathTarget);
      periods.add(new PeriodProgress(p.schoolYear(), target.map(DatedFigure::figure), actual.map(DatedFigure::figure),
          fraction(measure, ascending, breaks, baseline, actual, target),
          targetMet(measure, ascending, actual.map(DatedFigure::figure), target.map(DatedFigure::figure)),
          path.map(Path::expected), path.map(Path::onTrack)));
    }
    return new IndicatorProgress(indicator.id(), measure, ascending, baseline, periods, breaks);
  }

  /**
   * @param a a school year
   * @param b another school year
   * @return whether figures of the two years are measured by the same method: no break in method
   *     lies after the earlier year and on or before the later
   */
  public boolean sameMethod(SchoolYear a, SchoolYear b) {
    return sameMethod(methodBreaks, a, b);
  }

  /**
   * @return the trend over the published actuals measured by the same method as the latest published
   *     actual, as the class describes; empty for other measures or fewer than two school years
   */
  public Optional<IndicatorTrend> trend() {
    if (measure != Measure.UNIT && measure != Measure.PERCENTAGE) {
      return Optional.empty();
    }
    List<PeriodProgress> published = periods.stream()
        .filter(p -> p.actual().flatMap(PublishedFigure::value).isPresent()).toList();
    if (published.isEmpty()) {
      return Optional.empty();
    }
    SchoolYear last = published.get(published.size() - 1).schoolYear();
    List<PeriodProgress> points = published.stream().filter(p -> sameMethod(p.schoolYear(), last)).toList();
    long n = points.stream().map(PeriodProgress::schoolYear).distinct().count();
    if (n < 2) {
      return Optional.empty();
    }
    BigDecimal count = BigDecimal.valueOf(points.size());
    BigDecimal sx = BigDecimal.ZERO;
    BigDecimal sy = BigDecimal.ZERO;
    BigDecimal sxy = BigDecimal.ZERO;
    BigDecimal sxx = BigDecimal.ZERO;
    for (PeriodProgress p : points) {
      BigDecimal x = BigDecimal.valueOf(p.schoolYear().startYear());
      BigDecimal y = p.actual().flatMap(PublishedFigure::value).orElseThrow();
      sx = sx.add(x);
      sy = sy.add(y);
      sxy = sxy.add(x.multiply(y));
      sxx = sxx.add(x.multiply(x));
    }
    BigDecimal slope = count.multiply(sxy).subtract(sx.multiply(sy))
        .divide(count.multiply(sxx).subtract(sx.multiply(sx)), FRACTION_SCALE, FRACTION_ROUNDING);
    TrendDirection direction = slope.signum() == 0 ? TrendDirection.FLAT
        : (slope.signum() > 0) == ascending ? TrendDirection.IMPROVING : TrendDirection.WORSENING;
    Optional<SchoolYear> since = methodBreaks.stream().filter(b -> b.compareTo(last) <= 0).reduce((a, b) -> b);
    return Optional.of(new IndicatorTrend(points.get(0).schoolYear(), last, points.size(), slope, direction, since));
  }

  /** @return whether the {@linkplain #latestActual() latest actual} is on track, as the class describes */
  public Optional<Boolean> latestOnTrack() {
    return latestWithActual().flatMap(PeriodProgress::onTrack);
  }

  private static boolean sameMethod(List<SchoolYear> breaks, SchoolYear a, SchoolYear b) {
    SchoolYear early = a.compareTo(b) <= 0 ? a : b;
    SchoolYear late = early == a ? b : a;
    for (SchoolYear br : breaks) {
      if (br.compareTo(early) > 0 && br.compareTo(late) <= 0) {
        return false;
      }
    }
    return true;
  }

  /** The target of the first year at or after {@code year} with a published value, else of the last year before it. */
  private static Optional<DatedFigure> pathTarget(List<DatedFigure> targets, SchoolYear year) {
    DatedFigure before = null;
    for (DatedFigure t : targets) {
      if (t.figure().value().isEmpty()) {
        continue;
      }
      if (t.schoolYear().compareTo(year) >= 0) {
        return Optional.of(t);
      }
      before = t;
    }
    return Optional.ofNullable(before);
  }

  /** The expected value on the path from baseline to target, rounded, and whether the actual is on track. */
  private record Path(BigDecimal expected, boolean onTrack) {}

  private static Optional<Path> path(Measure measure, boolean ascending, List<SchoolYear> breaks,
      Optional<DatedFigure> baseline, Optional<DatedFigure> actual, Optional<DatedFigure> target) {
    if (fraction(measure, ascending, breaks, baseline, actual, target).isEmpty()) {
      return Optional.empty();
    }
    int b = baseline.get().schoolYear().startYear();
    int y = actual.get().schoolYear().startYear();
    int t = target.get().schoolYear().startYear();
    if (y <= b || t <= b) {
      return Optional.empty();
    }
    BigDecimal from = baseline.get().figure().value().orElseThrow();
    BigDecimal now = actual.get().figure().value().orElseThrow();
    BigDecimal to = target.get().figure().value().orElseThrow();
    int along = Math.min(y, t) - b;
    BigDecimal span = BigDecimal.valueOf(t - b);
    // expected * span = from * span + (to - from) * along, compared without rounding
    BigDecimal expectedTimesSpan = from.multiply(span).add(to.subtract(from).multiply(BigDecimal.valueOf(along)));
    int comparison = now.multiply(span).compareTo(expectedTimesSpan);
    boolean onTrack = ascending ? comparison >= 0 : comparison <= 0;
    BigDecimal expected = expectedTimesSpan.divide(span, FRACTION_SCALE, FRACTION_ROUNDING);
    return Optional.of(new Path(expected, onTrack));
  }

  private static Optional<BigDecimal> fraction(Measure measure, boolean ascending, List<SchoolYear> breaks,
      Optional<DatedFigure> baseline, Optional<DatedFigure> actual, Optional<DatedFigure> target) {
    if (baseline.isEmpty() || actual.isEmpty() || target.isEmpty()
        || !sameMethod(breaks, baseline.get().schoolYear(), actual.get().schoolYear())
        || !sameMethod(breaks, baseline.get().schoolYear(), target.get().schoolYear())
        || !sameMethod(breaks, actual.get().schoolYear(), target.get().schoolYear())) {
      return Optional.empty();
    }
    return fraction(measure, ascending, baseline.map(DatedFigure::figure), actual.map(DatedFigure::figure),
        target.map(DatedFigure::figure));
  }

  /** @return the actual of the latest school year that has one, published or suppressed */
  public Optional<DatedFigure> latestActual() {
    return latestWithActual().flatMap(PeriodProgress::datedActual);
  }

  /**
   * @return the target the latest actual is measured against: the target of the same school year,
   *     or, when that year has none (or there is no actual yet), the target of the latest school year that has one
   */
  public Optional<DatedFigure> latestTarget() {
    return latestWithActual().flatMap(PeriodProgress::datedTarget)
        .or(() -> last(periods.stream().filter(p -> p.target().isPresent()).toList())
            .flatMap(PeriodProgress::datedTarget));
  }

  /**
   * @return the progress of the {@linkplain #latestActual() latest actual} from the baseline toward
   *     the {@linkplain #latestTarget() latest target}, defined as the class describes
   */
  public Optional<BigDecimal> latestFraction() {
    return fraction(measure, ascending, methodBreaks, baseline, latestActual(), latestTarget());
  }

  /** @return the {@link #latestFraction()} in percent, exactly: {@code 0.5250} becomes {@code 52.50} */
  public Optional<BigDecimal> latestPercent() {
    return latestFraction().map(IndicatorProgress::percent);
  }

  /** @return whether the {@linkplain #latestActual() latest actual} reached the {@linkplain #latestTarget() latest target} */
  public Optional<Boolean> latestTargetMet() {
    return targetMet(measure, ascending, latestActual().map(DatedFigure::figure), latestTarget().map(DatedFigure::figure));
  }

  private Optional<PeriodProgress> latestWithActual() {
    return last(periods.stream().filter(p -> p.actual().isPresent()).toList());
  }

  private static Optional<PeriodProgress> last(List<PeriodProgress> periods) {
    return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
  }

  static BigDecimal percent(BigDecimal fraction) {
    return fraction.movePointRight(2);
  }

  static Optional<BigDecimal> fraction(Measure measure, boolean ascending, Optional<PublishedFigure> baseline,
      Optional<PublishedFigure> actual, Optional<PublishedFigure> target) {
    if (measure != Measure.UNIT && measure != Measure.PERCENTAGE) {
      return Optional.empty();
    }
    Optional<BigDecimal> from = baseline.flatMap(PublishedFigure::value);
    Optional<BigDecimal> now = actual.flatMap(PublishedFigure::value);
    Optional<BigDecimal> to = target.flatMap(PublishedFigure::value);
    if (from.isEmpty() || now.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal needed = to.get().subtract(from.get());
    if (needed.signum() == 0 || (needed.signum() > 0) != ascending) {
      return Optional.empty();
    }
    return Optional.of(now.get().subtract(from.get()).divide(needed, FRACTION_SCALE, FRACTION_ROUNDING));
  }

  static Optional<Boolean> targetMet(Measure measure, boolean ascending, Optional<PublishedFigure> actual,
      Optional<PublishedFigure> target) {
    if (measure != Measure.UNIT && measure != Measure.PERCENTAGE && measure != Measure.ORDINAL) {
      return Optional.empty();
    }
    Optional<BigDecimal> now = actual.flatMap(PublishedFigure::value);
    Optional<BigDecimal> to = target.flatMap(PublishedFigure::value);
    if (now.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    int comparison = now.get().compareTo(to.get());
    return Optional.of(ascending ? comparison >= 0 : comparison <= 0);
  }
}
