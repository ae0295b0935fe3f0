package dev.kansen.model.id;

import dev.kansen.validation.ValueCode;
import dev.kansen.model.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A RIO onderwijsaanbiedercode (Registratie Instellingen en Opleidingen): three digits, {@code A}, three digits.
 *
 * @param value the code in its canonical written form, e.g. {@code 123A123}
 */
public record RioOnderwijsaanbiederCode(String value) implements Identifier, Comparable<RioOnderwijsaanbiederCode> {
  private static final Pattern FORMAT = Pattern.compile("[0-9]{3}A[0-9]{3}");

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
