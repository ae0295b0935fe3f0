package dev.kansen.cli.summary;

import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Optional;

/**
 * Where an indicator stands: its baseline, the latest actual figure, the target for that year (or
 * the latest target when no actual exists yet) and the progress from baseline toward that target.
 *
 * @param indicator the indicator
 * @param baseline the baseline, as it may be published
 * @param actual the latest actual, as it may be published
 * @param target the target the progress is measured against
 * @param progressPercent how far the actual has moved from the baseline toward the target, in
 *     percent: 0 at the baseline, 100 on target, above 100 beyond it; absent when a figure is missing,
 *     suppressed, or the target equals the baseline
 */
public record IndicatorProgress(Indicator indicator, Optional<Figure> baseline, Optional<Figure> actual,
    Optional<Figure> target, Optional<BigDecimal> progressPercent) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * @param indicator an indicator
   * @param threshold the small-cell threshold
   * @return where the indicator stands
   */
  public static IndicatorProgress of(Indicator indicator, int threshold) {
    Optional<Figure> baseline = indicator.baseline().map(b -> Figure.of(b.schoolYear(), b, threshold));
    Optional<IndicatorPeriod> latestActual = indicator.periods().stream()
        .filter(p -> p.actual().isPresent())
        .max(Comparator.comparing(IndicatorPeriod::schoolYear));
    Optional<Figure> actual = latestActual.map(p -> Figure.of(p.schoolYear(), p.actual().orElseThrow(), threshold));
    Optional<IndicatorPeriod> targetPeriod = latestActual.filter(p -> p.target().isPresent())
        .or(() -> indicator.periods().stream()
            .filter(p -> p.target().isPresent())
            .max(Comparator.comparing(IndicatorPeriod::schoolYear)));
    Optional<Figure> target = targetPeriod.map(p -> Figure.of(p.schoolYear(), p.target().orElseThrow(), threshold));
    return new IndicatorProgress(indicator, baseline, actual, target, progress(baseline, actual, target));
  }

  private static Optional<BigDecimal> progress(Optional<Figure> baseline, Optional<Figure> actual, Optional<Figure> target) {
    Optional<BigDecimal> from = baseline.flatMap(Figure::value);
    Optional<BigDecimal> now = actual.flatMap(Figure::value);
    Optional<BigDecimal> to = target.flatMap(Figure::value);
    if (from.isEmpty() || now.isEmpty() || to.isEmpty() || to.get().compareTo(from.get()) == 0) {
      return Optional.empty();
    }
    BigDecimal moved = now.get().subtract(from.get());
    BigDecimal needed = to.get().subtract(from.get());
    return Optional.of(moved.multiply(HUNDRED).divide(needed, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_UP));
  }
}
