package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.model.Programme;
import dev.kansen.validation.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A value of the wrong JSON type is reported with the term of what was expected and of what was
 * found (the message bundle's {@code term.NAME}); numbers are read exactly within their range and
 * scale, and refused beyond them with the limit named.
 */
class ValueTypesTest {
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\"";

  private static Violation only(String document) {
    List<Violation> fromText = assertThrows(KansenJsonException.class, () -> KansenJson.strict().read(document))
        .violations();
    List<Violation> fromBytes = assertThrows(KansenJsonException.class,
        () -> KansenJson.strict().read(document.getBytes(StandardCharsets.UTF_8))).violations();
    assertEquals(fromText, fromBytes);
    assertEquals(1, fromText.size(), fromText::toString);
    return fromText.get(0);
  }

  private static String withTitle(String title) {
    return "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":" + title + ",\"alliance\":{\"name\":\"A\"}}";
  }

  private static String withIntervention(String more) {
    return HEAD + ",\"alliance\":{\"name\":\"A\"},\"interventions\":[{\"id\":\"i\",\"title\":\"I\","
        + "\"type\":\"SUMMER_SCHOOL\",\"status\":\"PIPELINE\"" + more + "}]}";
  }

  private static String withHours(String hours) {
    return withIntervention(",\"dosage\":{\"hoursPerWeek\":" + hours + "}");
  }

  @ParameterizedTest
  @CsvSource({"{}, object", "[], array", "1, integer", "1.5, decimal", "true, boolean", "false, boolean"})
  void aTextOfAnotherTypeNamesWhatWasFound(String value, String found) {
    Violation v = only(withTitle(value));
    assertEquals("WRONG_TYPE", v.code());
    assertEquals("/title", v.path().toString());
    assertEquals(Map.of("expected", "string", "found", found), v.arguments());
  }

  @Test
  void aNullTextIsANullValue() {
    Violation v = only(withTitle("null"));
    assertEquals("NULL_VALUE", v.code());
    assertEquals(Map.of("expected", "string"), v.arguments());
  }

  @Test
  void anObjectOfAnotherTypeNamesTheObjectsType() {
    Violation v = only(HEAD + ",\"alliance\":\"A\"}");
    assertEquals("WRONG_TYPE", v.code());
    assertEquals(Optional.of("object"), v.variant());
    assertEquals(Map.of("type", "Alliance", "found", "string"), v.arguments());
    Violation nul = only(HEAD + ",\"alliance\":null}");
    assertEquals("NULL_VALUE", nul.code());
    assertEquals(Optional.of("object"), nul.variant());
    assertEquals(Map.of("type", "Alliance"), nul.arguments());
  }

  @Test
  void aListOfAnotherTypeExpectsAnArray() {
    Violation v = only(HEAD + ",\"alliance\":{\"name\":\"A\"},\"partners\":{}}");
    assertEquals(Map.of("expected", "array", "found", "object"), v.arguments());
  }

  @Test
  void aNumberOfAnotherTypeExpectsANumberAndACountAnInteger() {
    assertEquals(Map.of("expected", "number", "found", "string"), only(withHours("\"5\"")).arguments());
    assertEquals(Map.of("expected", "integer", "found", "decimal"),
        only(withIntervention(",\"dosage\":{\"months\":1.5}")).arguments());
  }

  @Test
  void aFlagOfAnotherTypeExpectsTrueOrFalse() {
    Violation v = only(HEAD + ",\"alliance\":{\"name\":\"A\"},\"indicators\":[{\"id\":\"x\",\"title\":\"X\","
        + "\"measure\":\"PERCENTAGE\",\"ascending\":\"yes\"}]}");
    assertEquals(Map.of("expected", "trueOrFalse", "found", "string"), v.arguments());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "12.5", "1E+3", "1e1000", "1e-1000", "0.000"})
  void aNumberWithinTheScaleIsReadExactly(String hours) {
    Programme p = KansenJson.strict().read(withHours(hours));
    BigDecimal read = p.interventions().get(0).dosage().orElseThrow().hoursPerWeek().orElseThrow();
    assertEquals(new BigDecimal(hours), read);
    assertEquals(new BigDecimal(hours).scale(), read.scale());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e1001", "1e-1001", "1e99999999999"})
  void aNumberBeyondTheScaleIsAnInvalidNumber(String hours) {
    Violation v = only(withHours(hours));
    assertEquals("INVALID_NUMBER", v.code());
    assertEquals(Optional.of("exponent"), v.variant());
    assertEquals("/interventions/0/dosage/hoursPerWeek", v.path().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "2147483647"})
  void aCountWithinTheIntRangeIsRead(String months) {
    Programme p = KansenJson.strict().read(withIntervention(",\"dosage\":{\"months\":" + months + "}"));
    assertEquals(Integer.parseInt(months), p.interventions().get(0).dosage().orElseThrow().months().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2147483648", "-2147483649", "99999999999999999999999"})
  void aCountBeyondTheIntRangeIsAnInvalidNumberNamingTheRange(String months) {
    Violation v = only(withIntervention(",\"dosage\":{\"months\":" + months + "}"));
    assertEquals("INVALID_NUMBER", v.code());
    assertEquals(Optional.of("range"), v.variant());
    assertEquals(String.valueOf(Integer.MIN_VALUE), v.arguments().get("min"));
    assertEquals(String.valueOf(Integer.MAX_VALUE), v.arguments().get("max"));
  }

  @Test
  void aReachCountSpansTheWholeLongRangeAndTheModelJudgesItsSign() {
    String most = withIntervention(",\"plannedReach\":{\"count\":9223372036854775807,\"unit\":\"CHILDREN\"}");
    assertEquals(Long.MAX_VALUE, KansenJson.strict().read(most).interventions().get(0).plannedReach().orElseThrow().count());
    Violation least = only(withIntervention(",\"plannedReach\":{\"count\":-9223372036854775808,\"unit\":\"CHILDREN\"}"));
    assertEquals("NEGATIVE_COUNT", least.code());
    Violation beyond = only(withIntervention(",\"plannedReach\":{\"count\":9223372036854775808,\"unit\":\"CHILDREN\"}"));
    assertEquals("INVALID_NUMBER", beyond.code());
    assertEquals(Optional.of("range"), beyond.variant());
  }
}
