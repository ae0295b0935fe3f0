package dev.kansen.model.id;

import dev.kansen.model.InvalidValueException;
import dev.kansen.validation.ValueCode;
import java.util.function.Predicate;

/**
 * A CBS district code (wijkcode): {@code WK} followed by six digits, the first four of which are the
 * municipality's. Codes change when municipalities redraw their districts, so kansen checks the shape,
 * not membership of one year's list.
 *
 * @param value the code in its canonical written form, e.g. {@code WK079601}
 */
public record DistrictCode(String value) implements AreaCode {
  /** Documented as {@code WK[0-9]{6}}. */
  private static final Predicate<String> FORMAT = v -> IdFormat.prefixedDigits(v, "WK", 6);

  /**
   * Checks the format.
   *
   * @throws InvalidValueException with code {@code INVALID_DISTRICT_CODE} when the value has the wrong format
   */
  public DistrictCode {
    IdFormat.check(FORMAT, value, ValueCode.INVALID_DISTRICT_CODE, "DistrictCode", null);
  }

  /**
   * Parses a written code.
   *
   * @param value the code, e.g. {@code WK079601}
   * @return the code
   * @throws InvalidValueException with code {@code INVALID_DISTRICT_CODE} when the value has the wrong format
   */
  public static DistrictCode of(String value) {
    return new DistrictCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
