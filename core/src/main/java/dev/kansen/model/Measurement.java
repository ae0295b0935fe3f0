package dev.kansen.model;

import dev.kansen.model.id.AreaCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A figure of an outcome indicator — a baseline, a target or an actual: the value, the number of
 * pupils it was computed from, a comment (the whole content for qualitative indicators), and
 * breakdowns by dimension such as parental education; and, from wire format 1.1, its source, the date
 * it was measured and whether it is provisional or final.
 *
 * <p>Pupil data is personal data: kansen holds aggregates only, and the validator flags any figure
 * computed from fewer pupils than the configured small-cell threshold.
 */
public interface Measurement {
  /** @return the value; absent for qualitative indicators */
  Optional<BigDecimal> value();

  /** @return how many pupils the value was computed from */
  OptionalInt pupils();

  /** @return a comment, or the description of a qualitative value */
  Optional<String> comment();

  /** @return the same figure broken down by a dimension, such as parental education */
  List<Breakdown> breakdowns();

  /** @return where the figure comes from, such as {@link FigureSource#DUO} */
  Optional<FigureSource> source();

  /** @return when the figure was measured or published by its source */
  Optional<LocalDate> measuredOn();

  /** @return whether the figure is provisional or final, where stated */
  Optional<FigureStatus> status();

  /** @return how the value relates to the true one ("ruim 40" is AT_LEAST 40); exact when absent */
  Optional<QuantityQualifier> valueQualifier();

  /** @return the CBS district or neighbourhood the figure is for, when it is for one */
  Optional<AreaCode> area();
}
