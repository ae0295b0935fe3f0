package dev.kansen.model.id;

import dev.kansen.validation.ValueCode;
import dev.kansen.model.InvalidValueException;
import java.util.function.Predicate;

/**
 * A RIO onderwijslocatiecode: three digits, {@code X}, three digits.
 *
 * @param value the code in its canonical written form, e.g. {@code 123X123}
 */
public record RioOnderwijslocatieCode(String value) implements Identifier, Comparable<RioOnderwijslocatieCode> {
  /** Documented as {@code [0-9]{3}X[0-9]{3}}. */
  private static final Predicate<String> FORMAT = v -> v.length() == 7 && v.charAt(3) == 'X' && IdFormat.digits(v, 0, 3) && IdFormat.digits(v, 4, 7);

  /**
   * Checks the format.
   *
   * @throws InvalidValueException with code {@code INVALID_RIO_CODE} when the value has the wrong format
   */
  public RioOnderwijslocatieCode {
    IdFormat.check(FORMAT, value, ValueCode.INVALID_RIO_CODE, "RioOnderwijslocatieCode", "location");
  }

  /**
   * Parses a written code.
   *
   * @param value the code, e.g. {@code 123X123}
   * @return the code
   * @throws InvalidValueException with code {@code INVALID_RIO_CODE} when the value has the wrong format
   */
  public static RioOnderwijslocatieCode of(String value) {
    return new RioOnderwijslocatieCode(value);
  }

  @Override
  public IdentifierScheme scheme() {
    return IdentifierScheme.RIO_ONDERWIJSLOCATIE;
  }

  @Override
  public int compareTo(RioOnderwijslocatieCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
