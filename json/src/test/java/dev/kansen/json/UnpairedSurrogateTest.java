package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A string or property name holding half of a surrogate pair alone is valid JSON syntax but not
 * Unicode text: the reader refuses it as {@code INVALID_TEXT} at its JSON Pointer (issue 9, item 4).
 */
class UnpairedSurrogateTest {
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"alliance\":{\"name\":\"A\"},"
      + "\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"}";

  private static Violation refused(KansenJson json, String document) {
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> json.read(document.getBytes(StandardCharsets.UTF_8)));
    KansenJsonException fromStream = assertThrows(KansenJsonException.class,
        () -> json.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
    assertEquals(e.violations(), fromStream.violations());
    assertEquals(1, e.violations().size(), e::getMessage);
    return e.violations().get(0);
  }

  @Test
  void aLoneHighSurrogateEscapeInATitleIsInvalidText() {
    Violation v = refused(KansenJson.strict(), HEAD + ",\"title\":\"Kansen \\ud83d\"}");
    assertEquals("INVALID_TEXT", v.code());
    assertEquals("/title", v.path().toString());
    assertTrue(v.message().contains("\\uD83D"), v::message);
    assertTrue(v.position().isPresent());
  }

  @Test
  void aLoneLowSurrogateAndAReversedPairAreInvalidText() {
    assertEquals("INVALID_TEXT", refused(KansenJson.strict(), HEAD + ",\"title\":\"\\ude00\"}").code());
    assertEquals("INVALID_TEXT", refused(KansenJson.strict(), HEAD + ",\"title\":\"\\ude00\\ud83d\"}").code());
  }

  @Test
  void anUnpairedSurrogateInAnUnknownPropertyIsInvalidTextInLenientMode() {
    Violation value = refused(KansenJson.lenient(), HEAD + ",\"title\":\"T\",\"x\":{\"y\":[\"\\ud83d\"]}}");
    assertEquals("INVALID_TEXT", value.code());
    assertEquals("/x/y/0", value.path().toString());
  }

  @Test
  void anUnpairedSurrogateInAPropertyNameIsRefused() {
    // Jackson's parser itself refuses an escaped one in a name, as malformed JSON
    assertEquals("JSON_SYNTAX", refused(KansenJson.lenient(), HEAD + ",\"title\":\"T\",\"\\ud83dx\":1}").code());
    // a lone surrogate character in a String reaches kansen's own check
    KansenJsonException e = assertThrows(KansenJsonException.class,
        () -> KansenJson.lenient().read(HEAD + ",\"title\":\"T\",\"\ud83dx\":1}"));
    assertEquals(List.of("INVALID_TEXT"), e.violations().stream().map(Violation::code).toList());
    assertEquals("/\ud83dx", e.violations().get(0).path().toString());
  }

  @Test
  void aLoneSurrogateCharacterInAStringIsInvalidText() {
    KansenJsonException e = assertThrows(KansenJsonException.class,
        () -> KansenJson.strict().read(HEAD + ",\"title\":\"a\ud83db\"}"));
    assertEquals(List.of("INVALID_TEXT"), e.violations().stream().map(Violation::code).toList());
    assertTrue(e.violations().get(0).message().contains("at character 2"), e::getMessage);
  }

  @Test
  void aPairedSurrogateEscapeIsOneCharacter() {
    String title = KansenJson.strict().read(HEAD + ",\"title\":\"Kansen \\ud83d\\ude00\"}").title();
    assertEquals("Kansen \uD83D\uDE00", title);
  }
}
