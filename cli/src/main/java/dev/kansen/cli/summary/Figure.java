package dev.kansen.cli.summary;

import dev.kansen.model.Measurement;
import dev.kansen.model.SchoolYear;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A figure as it may be published: its school year, and its value unless it was computed from fewer
 * pupils than the small-cell threshold, in which case it is suppressed and its value is not held.
 *
 * @param schoolYear the school year
 * @param value the value, absent when suppressed or not numeric
 * @param suppressed whether the value was withheld because too few pupils lie behind it
 * @param comment the figure's comment
 */
public record Figure(SchoolYear schoolYear, Optional<BigDecimal> value, boolean suppressed, Optional<String> comment) {
  /**
   * @param schoolYear the school year
   * @param measurement the figure
   * @param threshold the smallest number of pupils a published figure may rest on
   * @return the figure as it may be published
   */
  public static Figure of(SchoolYear schoolYear, Measurement measurement, int threshold) {
    boolean suppressed = tooFew(measurement.pupils(), threshold);
    return new Figure(schoolYear, suppressed ? Optional.empty() : measurement.value(), suppressed, measurement.comment());
  }

  /**
   * @param pupils how many pupils a figure rests on, when known
   * @param threshold the small-cell threshold
   * @return whether the figure must not be published
   */
  public static boolean tooFew(OptionalInt pupils, int threshold) {
    return pupils.isPresent() && pupils.getAsInt() < threshold;
  }
}
