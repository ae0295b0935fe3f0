package dev.kansen.model.id;

import dev.kansen.validation.ValueCode;
import dev.kansen.model.InvalidValueException;
import java.util.function.Predicate;

/**
 * A CBS province code: {@code PV20} (Groningen) to {@code PV31} (Limburg).
 *
 * @param value the code, e.g. {@code PV31}
 */
public record ProvinceCode(String value) implements Identifier, Comparable<ProvinceCode> {
  /** Documented as {@code PV(2[0-9]|3[01])}. */
  private static final Predicate<String> FORMAT = v -> IdFormat.prefixedDigits(v, "PV", 2)
      && (v.charAt(2) == '2' || v.charAt(2) == '3' && v.charAt(3) <= '1');

  /**
   * Checks the format.
   *
   * @throws InvalidValueException with code {@code INVALID_PROVINCE_CODE} outside PV20..PV31
   */
  public ProvinceCode {
    IdFormat.check(FORMAT, value, ValueCode.INVALID_PROVINCE_CODE, "ProvinceCode", null);
  }

  /**
   * Parses a written code.
   *
   * @param value the code, e.g. {@code PV30}
   * @return the code
   * @throws InvalidValueException with code {@code INVALID_PROVINCE_CODE} outside PV20..PV31
   */
  public static ProvinceCode of(String value) {
    return new ProvinceCode(value);
  }

  @Override
  public IdentifierScheme scheme() {
    return IdentifierScheme.CBS_PROVINCE;
  }

  @Override
  public int compareTo(ProvinceCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
