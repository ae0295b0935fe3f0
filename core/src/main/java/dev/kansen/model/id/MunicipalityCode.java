package dev.kansen.model.id;

import dev.kansen.validation.ValueCode;
import dev.kansen.model.InvalidValueException;
import java.util.function.Predicate;

/**
 * A CBS municipality code (gemeentecode): {@code GM} followed by four digits. Codes change when municipalities merge, so kansen checks the shape, not membership of one year's list.
 *
 * @param value the code in its canonical written form, e.g. {@code GM0796}
 */
public record MunicipalityCode(String value) implements Identifier, Comparable<MunicipalityCode> {
  /** Documented as {@code GM[0-9]{4}}. */
  private static final Predicate<String> FORMAT = v -> IdFormat.prefixedDigits(v, "GM", 4);

  /**
   * Checks the format.
   *
   * @throws InvalidValueException with code {@code INVALID_MUNICIPALITY_CODE} when the value has the wrong format
   */
  public MunicipalityCode {
    IdFormat.check(FORMAT, value, ValueCode.INVALID_MUNICIPALITY_CODE, "MunicipalityCode", null);
  }

  /**
   * Parses a written code.
   *
   * @param value the code, e.g. {@code GM0796}
   * @return the code
   * @throws InvalidValueException with code {@code INVALID_MUNICIPALITY_CODE} when the value has the wrong format
   */
  public static MunicipalityCode of(String value) {
    return new MunicipalityCode(value);
  }

  @Override
  public IdentifierScheme scheme() {
    return IdentifierScheme.CBS_MUNICIPALITY;
  }

  @Override
  public int compareTo(MunicipalityCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
