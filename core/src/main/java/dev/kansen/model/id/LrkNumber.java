package dev.kansen.model.id;

import dev.kansen.validation.ValueCode;
import dev.kansen.model.InvalidValueException;
import java.util.function.Predicate;

/**
 * A Landelijk Register Kinderopvang (LRK) number of a childcare location. Its exact rule is not public; kansen accepts 6 to 12 digits.
 *
 * @param value the code in its canonical written form, e.g. {@code 123456789}
 */
public record LrkNumber(String value) implements Identifier, Comparable<LrkNumber> {
  /** Documented as {@code [0-9]{6,12}}. */
  private static final Predicate<String> FORMAT = v -> v.length() >= 6 && v.length() <= 12 && IdFormat.digits(v, 0, v.length());

  /**
   * Checks the format.
   *
   * @throws InvalidValueException with code {@code INVALID_LRK_NUMBER} when the value has the wrong format
   */
  public LrkNumber {
    IdFormat.check(FORMAT, value, ValueCode.INVALID_LRK_NUMBER, "LrkNumber", null);
  }

  /**
   * Parses a written code.
   *
   * @param value the code, e.g. {@code 123456789}
   * @return the code
   * @throws InvalidValueException with code {@code INVALID_LRK_NUMBER} when the value has the wrong format
   */
  public static LrkNumber of(String value) {
    return new LrkNumber(value);
  }

  @Override
  public IdentifierScheme scheme() {
    return IdentifierScheme.LRK;
  }

  @Override
  public int compareTo(LrkNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
