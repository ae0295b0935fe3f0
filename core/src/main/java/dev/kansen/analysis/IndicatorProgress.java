package dev.kansen.analysis;

import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param indicator the indicator's id
 * @param measure how the indicator's values are measured
 * @param ascending whether a higher value is better
 * @param baseline the baseline with its school year, as it may be published
 * @param periods every period of the indicator, in school-year order (equal years in the given order)
 */
public record IndicatorProgress(String indicator, Measure measure, boolean ascending, Optional<DatedFigure> baseline,
    List<PeriodProgress> periods) {
  /** The number of decimals of a progress fraction. */
  public static final int FRACTION_SCALE = 4;
  /** How a progress fraction is rounded to {@value #FRACTION_SCALE} decimals. */
  public static final RoundingMode FRACTION_ROUNDING = RoundingMode.HALF_EVEN;

  /** Checks that no component is {@code null} and copies the periods. */
  public IndicatorProgress {
    Objects.requireNonNull(indicator, "IndicatorProgress.indicator must not be null");
    Objects.requireNonNull(measure, "IndicatorProgress.measure must not be null");
    Objects.requireNonNull(baseline, "IndicatorProgress.baseline must not be null");
    periods = List.copyOf(periods);
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
    Optional<PublishedFigure> from = baseline.map(DatedFigure::figure);
    List<PeriodProgress> periods = indicator.periods().stream()
        .sorted(Comparator.comparing(IndicatorPeriod::schoolYear))
        .map(p -> {
          Optional<PublishedFigure> target = p.target().map(disclosure::figure);
          Optional<PublishedFigure> actual = p.actual().map(disclosure::figure);
          return new PeriodProgress(p.schoolYear(), target, actual,
              fraction(indicator.measure(), indicator.ascending(), from, actual, target),
              targetMet(indicator.measure(), indicator.ascending(), actual, target));
        })
        .toList();
    return new IndicatorProgress(indicator.id(), indicator.measure(), indicator.ascending(), baseline, periods);
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
    return fraction(measure, ascending, baseline.map(DatedFigure::figure), latestActual().map(DatedFigure::figure),
        latestTarget().map(DatedFigure::figure));
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
