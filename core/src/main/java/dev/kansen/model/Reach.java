package dev.kansen.model;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ValueCode;
import java.util.Objects;

/**
 * How many people or organisations an intervention reaches, planned or actual: a count and what is
 * counted ({@code 8 SCHOOLS}, {@code 120 CHILDREN}).
 *
 * @param count how many, not negative
 * @param unit what is counted
 */
public record Reach(long count, ReachUnit unit) {
  /**
   * Checks the count.
   *
   * @throws InvalidValueException with code {@code NEGATIVE_COUNT} when the count is negative
   */
  public Reach {
    Objects.requireNonNull(unit, "Reach.unit must not be null");
    if (count < 0) {
      throw new InvalidValueException("count", count, CodeMessage.of(ValueCode.NEGATIVE_COUNT,
          "type", "Reach", "attribute", "count", "count", count));
    }
  }

  /**
   * @param count how many
   * @param unit what is counted
   * @return the reach
   */
  public static Reach of(long count, ReachUnit unit) {
    return new Reach(count, unit);
  }

  /** @return e.g. {@code 8 SCHOOLS} */
  @Override
  public String toString() {
    return count + " " + unit;
  }
}
