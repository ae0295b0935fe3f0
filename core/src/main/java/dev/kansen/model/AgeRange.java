package dev.kansen.model;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ValueCode;
/**
 * An inclusive range of ages in whole years, from {@code 0} (from birth, or pregnancy when the
 * target group says so) to {@code 27} (the upper bound of Dutch youth policy).
 *
 * @param min the youngest age
 * @param max the oldest age, not below {@code min}
 */
public record AgeRange(int min, int max) {
  /** The oldest age a target group can name. */
  public static final int MAX_AGE = 27;

  /**
   * Checks the bounds.
   *
   * @throws InvalidValueException with code {@code INVALID_AGE_RANGE}
   */
  public AgeRange {
    if (min < 0 || max > MAX_AGE || max < min) {
      throw new InvalidValueException(min < 0 ? "min" : "max", min + ".." + max,
          CodeMessage.of(ValueCode.INVALID_AGE_RANGE, "maxAge", MAX_AGE, "min", min, "max", max));
    }
  }

  /**
   * @param min the youngest age
   * @param max the oldest age
   * @return the range
   */
  public static AgeRange of(int min, int max) {
    return new AgeRange(min, max);
  }

  /** @return e.g. {@code 2..4} */
  @Override
  public String toString() {
    return min + ".." + max;
  }
}
