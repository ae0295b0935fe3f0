package dev.kansen.model.id;

import static dev.kansen.testing.ModelAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.InvalidValueException;
import dev.kansen.model.Province;
import dev.kansen.testing.IdentifierGenerator;
import dev.kansen.testing.Seeds;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdentifierTest {

  /** @return the seeded cases of this run; a local source, so it works inside the patched module too */
  static Stream<Arguments> cases() {
    return Seeds.cases();
  }

  @ParameterizedTest
  @CsvSource({
      "CBS_MUNICIPALITY, GM0796, MunicipalityCode",
      "CBS_PROVINCE, PV31, ProvinceCode",
      "KVK, 41202535, KvkNumber",
      "BRIN, 16SW, BrinCode",
      "BRIN, 16SW00, BrinCode",
      "RIO_ONDERWIJSAANBIEDER, 123A456, RioOnderwijsaanbiederCode",
      "RIO_ONDERWIJSLOCATIE, 123X456, RioOnderwijslocatieCode",
      "LRK, 123456, LrkNumber",
      "LRK, 123456789012, LrkNumber",
      "OIN, 00000003412025350000, Oin",
      "ORG_ID, NL-KVK-41202535, OrganisationId",
      "ORG_ID, XI-IATI-NL-KVK-41202535, OrganisationId",
  })
  void identifierOfParsesEverySchemeIntoItsOwnType(IdentifierScheme scheme, String value, String type) {
    Identifier id = Identifier.of(scheme, value);
    assertEquals(scheme, id.scheme());
    assertEquals(value, id.value());
    assertEquals(value, id.toString());
    assertEquals(type, id.getClass().getSimpleName());
    assertEquals(id, Identifier.of(scheme, value));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CBS_MUNICIPALITY | GM079 | INVALID_MUNICIPALITY_CODE | MunicipalityCode must be GM followed by four digits",
      "CBS_MUNICIPALITY | gm0796 | INVALID_MUNICIPALITY_CODE | but was \"gm0796\"",
      "CBS_MUNICIPALITY | 0796 | INVALID_MUNICIPALITY_CODE | but was \"0796\"",
      "CBS_PROVINCE | PV19 | INVALID_PROVINCE_CODE | ProvinceCode must be PV20 to PV31",
      "CBS_PROVINCE | PV32 | INVALID_PROVINCE_CODE | but was \"PV32\"",
      "KVK | 4120253 | INVALID_KVK_NUMBER | KvkNumber must be eight digits",
      "KVK | 412025351 | INVALID_KVK_NUMBER | but was \"412025351\"",
      "BRIN | 16sw | INVALID_BRIN_CODE | BrinCode must be two digits and two capital letters",
      "BRIN | 16SW0 | INVALID_BRIN_CODE | but was \"16SW0\"",
      "BRIN | SW16 | INVALID_BRIN_CODE | but was \"SW16\"",
      "RIO_ONDERWIJSAANBIEDER | 123X456 | INVALID_RIO_CODE | RioOnderwijsaanbiederCode must be three digits, A, three digits",
      "RIO_ONDERWIJSLOCATIE | 123A456 | INVALID_RIO_CODE | RioOnderwijslocatieCode must be three digits, X, three digits",
      "LRK | 12345 | INVALID_LRK_NUMBER | LrkNumber must be 6 to 12 digits",
      "LRK | 1234567890123 | INVALID_LRK_NUMBER | but was \"1234567890123\"",
      "OIN | 0000000341202535000 | INVALID_OIN | Oin must be twenty digits",
      "ORG_ID | NL-KVK-4120253 | INVALID_ORGANISATION_ID | An NL-KVK OrganisationId must be eight digits",
      "ORG_ID | nl-kvk-41202535 | INVALID_ORGANISATION_ID | OrganisationId prefix must be a list code",
      "ORG_ID | NLKVK41202535 | INVALID_ORGANISATION_ID | OrganisationId must be written PREFIX-ID",
      "ORG_ID | NL-KVK- | INVALID_ORGANISATION_ID | OrganisationId must be written PREFIX-ID",
      "ORG_ID | XI-IATI-a b | INVALID_ORGANISATION_ID | OrganisationId id must be 1 to 100 letters",
  })
  void badValuesAreRejectedWithTheirCodeAndAMessageNamingTheValue(IdentifierScheme scheme, String value, String code,
      String message) {
    InvalidValueException e = assertInvalid(() -> Identifier.of(scheme, value), code, "", message);
    assertTrue(value.contains(e.value()), () -> e.value() + " is (part of) " + value);
  }

  @Test
  void whitespaceEmptyAndNonAsciiDigitsAreRejected() {
    assertInvalid(() -> KvkNumber.of(" 41202535"), "INVALID_KVK_NUMBER", "", "but was \" 41202535\"");
    assertInvalid(() -> KvkNumber.of(""), "INVALID_KVK_NUMBER", "", "but was \"\"");
    assertInvalid(() -> KvkNumber.of("4120\u06612535"), "INVALID_KVK_NUMBER", "", "KvkNumber");
    assertInvalid(() -> MunicipalityCode.of("GM\uFF10796"), "INVALID_MUNICIPALITY_CODE", "", "MunicipalityCode");
    assertInvalid(() -> LrkNumber.of("123456\n"), "INVALID_LRK_NUMBER", "", "LrkNumber");
  }

  @Test
  void aHugeBadValueIsShortenedInTheMessage() {
    String huge = "9".repeat(10_000);
    InvalidValueException e = assertInvalid(() -> Oin.of(huge), "INVALID_OIN", "", "(10000 characters)");
    assertTrue(e.getMessage().length() < 300, e.getMessage());
    assertTrue(e.value().length() < 120, e.value());
  }

  @Test
  void aNullValueIsANullPointerNamingTheType() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> BrinCode.of(null));
    assertEquals("BrinCode value must not be null", e.getMessage());
  }

  @Test
  void oinFromKvkWrapsTheNumberInTheKvkPrefixAndSuffix() {
    assertEquals(Oin.of("00000003412025350000"), Oin.fromKvk(KvkNumber.of("41202535")));
  }

  @Test
  void organisationIdParseSplitsAfterTheListCode() {
    OrganisationId kvk = OrganisationId.parse("NL-KVK-41202535");
    assertEquals("NL-KVK", kvk.prefix());
    assertEquals("41202535", kvk.id());
    assertEquals(kvk, OrganisationId.ofKvk(KvkNumber.of("41202535")));
    OrganisationId nested = OrganisationId.parse("XI-IATI-NL-KVK-1");
    assertEquals("XI-IATI", nested.prefix());
    assertEquals("NL-KVK-1", nested.id());
    assertEquals("XI-IATI-NL-KVK-1", nested.value());
  }

  @Test
  void brinCodeSplitsIntoInstellingscodeAndVestiging() {
    BrinCode vestiging = BrinCode.of("16SW00");
    assertEquals("16SW", vestiging.instellingscode());
    assertEquals(Optional.of("00"), vestiging.vestiging());
    assertEquals(vestiging, BrinCode.of("16SW", "00"));
    BrinCode instelling = BrinCode.of("16SW");
    assertEquals("16SW", instelling.instellingscode());
    assertEquals(Optional.empty(), instelling.vestiging());
    assertInvalid(() -> BrinCode.of("16SW", "0"), "INVALID_BRIN_CODE", "", "\"16SW0\"");
  }

  @Test
  void identifiersOfOneTypeSortByValue() {
    assertTrue(MunicipalityCode.of("GM0001").compareTo(MunicipalityCode.of("GM0796")) < 0);
    assertTrue(OrganisationId.parse("NL-KVK-41202535").compareTo(OrganisationId.parse("XI-IATI-1")) < 0);
    assertEquals(0, Oin.of("00000003412025350000").compareTo(Oin.fromKvk(KvkNumber.of("41202535"))));
  }

  @Test
  void theProvinceCodeKnowsNothingOfTheProvinceEnumSoTheTwoDoNotImportEachOther() {
    assertTrue(java.util.Arrays.stream(ProvinceCode.class.getMethods())
        .noneMatch(m -> m.getReturnType() == Province.class || java.util.Arrays.asList(m.getParameterTypes()).contains(Province.class)),
        "Province.of(ProvinceCode) is the one way from a code to its province");
  }

  @ParameterizedTest
  @EnumSource(Province.class)
  void provinceOfFindsEveryProvinceByItsCode(Province province) {
    assertSame(province, Province.of(province.code()));
    assertEquals("PV" + (20 + province.ordinal()), province.code().value());
  }

  @Test
  void theTwelveProvincesHaveTheTwelveCodes() {
    assertEquals(12, Province.values().length);
    assertEquals("Limburg", Province.of(ProvinceCode.of("PV31")).displayName());
    assertEquals("Fryslân", Province.of(ProvinceCode.of("PV21")).displayName());
    assertEquals(Province.NOORD_BRABANT, Province.of(ProvinceCode.of("PV30")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void generatedValidIdentifiersParseBackToThemselves(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (IdentifierScheme scheme : IdentifierScheme.values()) {
      Identifier id = IdentifierGenerator.valid(random, scheme);
      assertEquals(id, Identifier.of(scheme, id.value()), () -> scheme + ", " + Seeds.describe(seed));
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyGeneratedMalformedIdentifierIsRejectedWithItsCode(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (IdentifierScheme scheme : IdentifierScheme.values()) {
      for (IdentifierGenerator.Malformed m : IdentifierGenerator.allMalformed(random, scheme)) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Identifier.of(scheme, m.value()),
            () -> m + " was accepted, " + Seeds.describe(seed));
        assertEquals(m.expectedCode(), e.code(), () -> m + ", " + Seeds.describe(seed));
      }
    }
  }
}
