package dev.kansen.model.id;

import dev.kansen.model.InvalidValueException;
import dev.kansen.validation.ValueCode;
import java.util.function.Predicate;

/**
 * A CBS neighbourhood code (buurtcode): {@code BU} followed by eight digits, the first four of which are the
 * municipality's. Codes change when municipalities redraw their neighbourhoods, so kansen checks the shape,
 * not membership of one year's list.
 *
 * @param value the code in its canonical written form, e.g. {@code BU07960101}
 */
public record NeighbourhoodCode(String value) implements AreaCode {
  /** Documented as {@code BU[0-9]{8}}. */
  private static final Predicate<String> FORMAT = v -> IdFormat.prefixedDigits(v, "BU", 8);

  /**
   * Checks the format.
   *
   * @throws InvalidValueException with code {@code INVALID_NEIGHBOURHOOD_CODE} when the value has the wrong format
   */
  public NeighbourhoodCode {
    IdFormat.check(FORMAT, value, ValueCode.INVALID_NEIGHBOURHOOD_CODE, "NeighbourhoodCode", null);
  }

  /**
   * Parses a written code.
   *
   * @param value the code, e.g. {@code BU07960101}
   * @return the code
   * @throws InvalidValueException with code {@code INVALID_NEIGHBOURHOOD_CODE} when the value has the wrong format
   */
  public static NeighbourhoodCode of(String value) {
    return new NeighbourhoodCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
