package dev.kansen.model.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.model.InvalidValueException;
import dev.kansen.validation.ValueCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** CBS district (WK) and neighbourhood (BU) codes: their shape, and the municipality they lie in. */
class AreaCodeTest {
  @Test
  void aDistrictIsWkAndSixDigitsInTheMunicipalityOfItsFirstFour() {
    AreaCode district = AreaCode.of("WK079601");
    assertInstanceOf(DistrictCode.class, district);
    assertEquals(MunicipalityCode.of("GM0796"), district.municipality());
  }

  @Test
  void aNeighbourhoodIsBuAndEightDigitsInTheMunicipalityOfItsFirstFour() {
    AreaCode neighbourhood = AreaCode.of("BU07960101");
    assertInstanceOf(NeighbourhoodCode.class, neighbourhood);
    assertEquals(MunicipalityCode.of("GM0796"), neighbourhood.municipality());
  }

  @ParameterizedTest
  @ValueSource(strings = {"WK07960", "WK0796011", "WK07960A", "wk079601", "WK 079601"})
  void aMalformedDistrictIsRefused(String value) {
    assertEquals(ValueCode.INVALID_DISTRICT_CODE.name(),
        assertThrows(InvalidValueException.class, () -> DistrictCode.of(value)).code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"BU0796010", "BU079601011", "BU0796010X", "bu07960101"})
  void aMalformedNeighbourhoodIsRefused(String value) {
    assertEquals(ValueCode.INVALID_NEIGHBOURHOOD_CODE.name(),
        assertThrows(InvalidValueException.class, () -> NeighbourhoodCode.of(value)).code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GM0796", "", "XX07960101", "WK"})
  void aCodeOfNeitherKindIsRefused(String value) {
    assertThrows(InvalidValueException.class, () -> AreaCode.of(value));
  }
}
