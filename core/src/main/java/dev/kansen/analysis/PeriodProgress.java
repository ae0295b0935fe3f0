package dev.kansen.analysis;

import dev.kansen.model.SchoolYear;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One school year of an indicator: its target and actual as they may be published, and how far the
 * actual has come from the indicator's baseline toward that year's target.
 *
 * @param schoolYear the school year
 * @param target the target for the year, as it may be published
 * @param actual the figure reached in the year, as it may be published
 * @param fraction the progress from baseline toward the target, as {@link IndicatorProgress} defines it;
 *     absent where undefined
 * @param targetMet whether the actual reached the target, as {@link IndicatorProgress}
 *     defines it; absent where undefined
 * @param expected the value on the linear path from the baseline to the target for this school year,
 *     as {@link IndicatorProgress} defines it; absent where undefined
 * @param onTrack whether the actual is on or beyond that path, as {@link IndicatorProgress}
 *     defines it; absent where undefined
 */
public record PeriodProgress(SchoolYear schoolYear, Optional<PublishedFigure> target, Optional<PublishedFigure> actual,
    Optional<BigDecimal> fraction, Optional<Boolean> targetMet, Optional<BigDecimal> expected,
    Optional<Boolean> onTrack) {
  /** Checks that no component is {@code null}. */
  public PeriodProgress {
    Objects.requireNonNull(schoolYear, "PeriodProgress.schoolYear must not be null");
    Objects.requireNonNull(target, "PeriodProgress.target must not be null");
    Objects.requireNonNull(actual, "PeriodProgress.actual must not be null");
    Objects.requireNonNull(fraction, "PeriodProgress.fraction must not be null");
    Objects.requireNonNull(targetMet, "PeriodProgress.targetMet must not be null");
    Objects.requireNonNull(expected, "PeriodProgress.expected must not be null");
    Objects.requireNonNull(onTrack, "PeriodProgress.onTrack must not be null");
  }

  /**
   * A school year without a path to judge it by: no expected value, on track undefined.
   *
   * @param schoolYear the school year
   * @param target the target for the year, as it may be published
   * @param actual the figure reached in the year, as it may be published
   * @param fraction the progress from baseline toward the target; absent where undefined
   * @param targetMet whether the actual reached the target; absent where undefined
   */
  public PeriodProgress(SchoolYear schoolYear, Optional<PublishedFigure> target, Optional<PublishedFigure> actual,
      Optional<BigDecimal> fraction, Optional<Boolean> targetMet) {
    this(schoolYear, target, actual, fraction, targetMet, Optional.empty(), Optional.empty());
  }

  /** @return the target with its school year, when one is set */
  public Optional<DatedFigure> datedTarget() {
    return target.map(figure -> new DatedFigure(schoolYear, figure));
  }

  /** @return the actual with its school year, when one is recorded */
  public Optional<DatedFigure> datedActual() {
    return actual.map(figure -> new DatedFigure(schoolYear, figure));
  }

  /**
   * @return the {@link #fraction()} in percent, exactly: the decimal point moved two places, so
   *     {@code 0.5250} becomes {@code 52.50}
   */
  public Optional<BigDecimal> percent() {
    return fraction.map(IndicatorProgress::percent);
  }
}
