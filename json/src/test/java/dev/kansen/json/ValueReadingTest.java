package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.model.Programme;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates and sets are read alike by every entry point: the lean pass over bytes, text and a stream
 * accept the same values and refuse the rest with the same code at the same pointer.
 */
class ValueReadingTest {
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"}";
  private static final KansenJson JSON = KansenJson.strict();

  private static String withPeriodStart(String start) {
    return HEAD + ",\"period\":{\"start\":\"" + start + "\",\"end\":\"2020-12-31\"}}";
  }

  /** @return "pointer CODE" of every violation, the same from a string, bytes and a stream */
  private static List<String> problems(String document) {
    List<String> fromText = problems(() -> JSON.read(document));
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    assertEquals(fromText, problems(() -> JSON.read(bytes)), "from bytes");
    assertEquals(fromText, problems(() -> JSON.read(new ByteArrayInputStream(bytes))), "from a stream");
    return fromText;
  }

  @FunctionalInterface
  private interface Read {
    Programme run() throws IOException;
  }

  private static List<String> problems(Read read) {
    KansenJsonException e = assertThrows(KansenJsonException.class, read::run);
    return e.violations().stream().map(v -> v.path() + " " + v.code()).toList();
  }

  private static Programme read(String document) throws IOException {
    Programme fromText = JSON.read(document);
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    assertEquals(fromText, JSON.read(bytes), "from bytes");
    assertEquals(fromText, JSON.read(new ByteArrayInputStream(bytes)), "from a stream");
    return fromText;
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020", "2020-1-1", "2020-01-011", "2020x01-01", "2020-01x01", "2020-0/-01", "2020-0:-01",
      "/020-01-01", "202:-01-01", "2020-01-:1", "2020-01-/1", "2020-02-30", "2020-13-01", "2020-00-10",
      "\uFF12\uFF10\uFF12\uFF10-01-01", "2020-01-01T00:00", " 2020-01-01", ""})
  void aDateNotWrittenYyyyMmDdOrNotOnTheCalendarIsAnInvalidDateAtItsPointer(String text) {
    assertEquals(List.of("/period/start INVALID_DATE"), problems(withPeriodStart(text)));
  }

  @Test
  void aDateThatIsNotAStringIsAWrongType() {
    String document = HEAD + ",\"period\":{\"start\":20200101,\"end\":\"2020-12-31\"}}";
    assertEquals(List.of("/period/start WRONG_TYPE"), problems(document));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000-01-01", "0001-01-01", "1999-09-09", "2020-02-29", "2020-12-31", "9999-12-31"})
  void aDateOnTheCalendarReadsAndIsWrittenAsRead(String text) throws IOException {
    String document = HEAD + ",\"period\":{\"start\":\"" + text + "\",\"end\":\"" + text + "\"}}";
    Programme p = read(document);
    assertEquals(LocalDate.parse(text), p.period().orElseThrow().start());
    assertEquals(text, JSON.writeCompact(p)
        .replaceAll(".*\"period\":\\{\"start\":\"([^\"]*)\".*", "$1"));
  }

  @Test
  void aRepeatedConstantInASmallSetIsADuplicateAtItsIndex() {
    String document = HEAD + ",\"themes\":[\"POVERTY\",\"HEALTH\",\"POVERTY\"]}";
    assertEquals(List.of("/themes/2 DUPLICATE_ITEM"), problems(document));
  }

  @Test
  void aRepeatedConstantInASetOfMoreThanSixteenIsADuplicateAtItsIndex() {
    String all = "\"STRONG_NETWORKS\",\"POVERTY\",\"PARENTAL_INVOLVEMENT\",\"STIMULATING_EDUCATION\","
        + "\"SMOOTH_TRANSITIONS\",\"EARLY_CHILDHOOD\",\"LANGUAGE\",\"TALENT_DEVELOPMENT\",\"HEALTH\","
        + "\"PROFESSIONAL_DEVELOPMENT\",\"SCHOOL_ADVICE\",\"CONNECTION\",\"EFFECTIVENESS\",\"KNOWLEDGE_SHARING\","
        + "\"RESEARCH\"";
    assertEquals(List.of("/themes/15 DUPLICATE_ITEM"), problems(HEAD + ",\"themes\":[" + all + ",\"HEALTH\",\"POVERTY\"]}"));
    assertEquals(15, assertDoesNotFail(HEAD + ",\"themes\":[" + all + "]}").themes().size());
  }

  private static Programme assertDoesNotFail(String document) {
    try {
      return read(document);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aConstantNotOfItsTypeIsAnUnknownEnumValueAtItsIndex() {
    for (String bad : new String[] {"POVERT", "POVERTYX", "poverty", "HEALTI", ""}) {
      assertEquals(List.of("/themes/1 UNKNOWN_ENUM_VALUE"),
          problems(HEAD + ",\"themes\":[\"HEALTH\",\"" + bad + "\"]}"), bad);
    }
  }
}
