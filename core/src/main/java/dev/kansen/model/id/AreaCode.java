package dev.kansen.model.id;

import dev.kansen.model.InvalidValueException;
import dev.kansen.validation.ValueCode;

/**
 * A CBS code of a part of a municipality: a district ({@link DistrictCode}, {@code WK} and six
 * digits) or a neighbourhood ({@link NeighbourhoodCode}, {@code BU} and eight digits). The first four
 * digits are those of the municipality's {@code GM} code.
 */
public sealed interface AreaCode extends Comparable<AreaCode> permits DistrictCode, NeighbourhoodCode {
  /** @return the code in its written form, such as {@code WK079601} or {@code BU07960101} */
  String value();

  /** @return the municipality the area lies in: {@code GM} and the code's first four digits */
  default MunicipalityCode municipality() {
    return MunicipalityCode.of("GM" + value().substring(2, 6));
  }

  @Override
  default int compareTo(AreaCode other) {
    return value().compareTo(other.value());
  }

  /**
   * Parses a written district or neighbourhood code.
   *
   * @param value a code starting with {@code WK} or {@code BU}
   * @return the district or neighbourhood code
   * @throws InvalidValueException with code {@code INVALID_DISTRICT_CODE} or
   *     {@code INVALID_NEIGHBOURHOOD_CODE} when the value has the wrong format
   */
  static AreaCode of(String value) {
    if (value != null && value.startsWith("BU")) {
      return NeighbourhoodCode.of(value);
    }
    if (value != null && value.startsWith("WK")) {
      return DistrictCode.of(value);
    }
    throw new InvalidValueException(ValueCode.INVALID_NEIGHBOURHOOD_CODE, "", String.valueOf(value),
        "An area code must be WK followed by six digits (a district, such as WK079601) or BU followed by eight"
            + " digits (a neighbourhood, such as BU07960101), but was \""
            + InvalidValueException.shorten(String.valueOf(value)) + "\"");
  }
}
