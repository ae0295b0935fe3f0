package dev.kansen.analysis;

import dev.kansen.model.SchoolYear;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The trend over an indicator's published actuals measured by one method: the least-squares slope
 * per school year through the actuals since the latest break in method before the latest actual.
 * It never joins actuals across a break in method.
 *
 * @param from the school year of the first actual the trend runs through
 * @param to the school year of the last actual the trend runs through
 * @param points how many actuals the trend runs through, at least two
 * @param slope the change per school year, rounded to {@value IndicatorProgress#FRACTION_SCALE} decimals half-even
 * @param direction whether the slope points the way the indicator wants
 * @param since the break in method the trend starts after, when one lies before it
 */
public record IndicatorTrend(SchoolYear from, SchoolYear to, int points, BigDecimal slope, TrendDirection direction,
    Optional<SchoolYear> since) {
  /** Checks that no component is {@code null} and that the trend runs through at least two actuals. */
  public IndicatorTrend {
    Objects.requireNonNull(from, "IndicatorTrend.from must not be null");
    Objects.requireNonNull(to, "IndicatorTrend.to must not be null");
    Objects.requireNonNull(slope, "IndicatorTrend.slope must not be null");
    Objects.requireNonNull(direction, "IndicatorTrend.direction must not be null");
    Objects.requireNonNull(since, "IndicatorTrend.since must not be null");
    if (points < 2) {
      throw new IllegalArgumentException("IndicatorTrend.points must be at least 2, but was " + points);
    }
  }
}
