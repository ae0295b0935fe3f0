package dev.kansen.model.id;

import dev.kansen.validation.ValueCode;
import dev.kansen.model.InvalidValueException;
import java.util.function.Predicate;

/**
 * A RIO onderwijsaanbiedercode (Registratie Instellingen en Opleidingen): three digits, {@code A}, three digits.
 *
 * @param value the code in its canonical written form, e.g. {@code 123A123}
 */
public record RioOnderwijsaanbiederCode(String value) implements Identifier, Comparable<RioOnderwijsaanbiederCode> {
  /** Documented as {@code [0-9]{3}A[0-9]{3}}. */
  private static final Predicate<String> FORMAT = v -> v.length() == 7 && v.charAt(3) == 'A' && IdFormat.digits(v, 0, 3) && IdFormat.digits(v, 4, 7);

  /**
   * Checks the format.
   *
   * @throws InvalidValueException with code {@code INVALID_RIO_CODE} when the value has the wrong format
   */
  public RioOnderwijsaanbiederCode {
    IdFormat.check(FORMAT, value, ValueCode.INVALID_RIO_CODE, "RioOnderwijsaanbiederCode", "provider");
  }

  /**
   * Parses a written code.
   *
   * @param value the code, e.g. {@code 123A123}
   * @return the code
   * @throws InvalidValueException with code {@code INVALID_RIO_CODE} when the value has the wrong format
   */
  public static RioOnderwijsaanbiederCode of(String value) {
    return new RioOnderwijsaanbiederCode(value);
  }

  @Override
  public IdentifierScheme scheme() {
    return IdentifierScheme.RIO_ONDERWIJSAANBIEDER;
  }

  @Override
  public int compareTo(RioOnderwijsaanbiederCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
