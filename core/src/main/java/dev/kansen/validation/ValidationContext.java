package dev.kansen.validation;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What a validation is relative to: the as-of date (the validator never reads the clock, so a
 * report can be reproduced) and the thresholds of the rules that need one.
 */
@Value.Immutable
public abstract class ValidationContext {
  /** The small-cell threshold unless set: Statistics Netherlands commonly suppresses cells of fewer than 10. */
  public static final int DEFAULT_SMALL_CELL_THRESHOLD = 10;

  ValidationContext() {}

  /**
   * A context with default thresholds.
   *
   * @param asOf the day the data describes; actual dates after it are errors
   * @return the context
   */
  public static ValidationContext asOf(LocalDate asOf) {
    return builder().asOf(asOf).build();
  }

  /** @return the day the data describes: actual dates and transactions must not be after it */
  public abstract LocalDate asOf();

  /**
   * @return the fewest pupils a published figure may be computed from; {@value #DEFAULT_SMALL_CELL_THRESHOLD}
   *     unless set
   */
  @Value.Default
  public int smallCellThreshold() {
    return DEFAULT_SMALL_CELL_THRESHOLD;
  }

  /**
   * @return how many times its planned reach an intervention's actual reach may be before it is
   *     flagged as implausible; 3 unless set
   */
  @Value.Default
  public int reachFactor() {
    return 3;
  }

  /** @return how many years before the as-of date a date may lie before it is flagged as implausible; 10 unless set */
  @Value.Default
  public int plausibleYearsBack() {
    return 10;
  }

  /** @return how many years after the as-of date a date may lie before it is flagged as implausible; 10 unless set */
  @Value.Default
  public int plausibleYearsAhead() {
    return 10;
  }

  /** @return the earliest plausible date: {@link #plausibleYearsBack()} years before the as-of date */
  public final LocalDate earliestPlausibleDate() {
    return asOf().minusYears(plausibleYearsBack());
  }

  /** @return the latest plausible date: {@link #plausibleYearsAhead()} years after the as-of date */
  public final LocalDate latestPlausibleDate() {
    return asOf().plusYears(plausibleYearsAhead());
  }

  /** @return a new builder; only {@code asOf} is required */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ValidationContext}. */
  public static final class Builder extends ImmutableValidationContext.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (smallCellThreshold() < 1) {
      throw new IllegalArgumentException("ValidationContext.smallCellThreshold must be at least 1, but was "
          + smallCellThreshold());
    }
    if (reachFactor() < 1) {
      throw new IllegalArgumentException("ValidationContext.reachFactor must be at least 1, but was " + reachFactor());
    }
    if (plausibleYearsBack() < 0 || plausibleYearsAhead() < 0) {
      throw new IllegalArgumentException("ValidationContext.plausibleYearsBack and plausibleYearsAhead must not be"
          + " negative, but were " + plausibleYearsBack() + " and " + plausibleYearsAhead());
    }
  }
}
