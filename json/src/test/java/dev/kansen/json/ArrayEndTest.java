package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The end of a JSON array of programmes: anything after the array, readable JSON or not, is
 * trailing content; an element too large whose rest cannot be read ends the sequence.
 */
class ArrayEndTest {
  private static final String PROGRAMME = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"}}";

  private static ProgrammeIterator array(KansenJson json, String text) throws IOException {
    return json.readArray(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @ValueSource(strings = {" {}", " }", " x", " ]", " [1"})
  void anythingAfterTheArrayIsTrailingContent(String after) throws IOException {
    try (ProgrammeIterator it = array(KansenJson.strict(), "[" + PROGRAMME + "]" + after)) {
      assertEquals("p", it.next().id());
      KansenJsonException e = assertThrows(KansenJsonException.class, it::next);
      assertEquals(List.of("TRAILING_CONTENT"), e.violations().stream().map(v -> v.code()).toList());
      assertFalse(it.hasNext());
    }
  }

  @Test
  void nothingButWhitespaceAfterTheArrayEndsIt() throws IOException {
    try (ProgrammeIterator it = array(KansenJson.strict(), "[" + PROGRAMME + "]\n ")) {
      assertEquals("p", it.next().id());
      assertFalse(it.hasNext());
    }
  }

  @Test
  void anElementTooLargeWhoseRestCannotBeReadEndsTheSequence() throws IOException {
    String big = "{\"formatVersion\":\"1.0\",\"title\":\"" + "t".repeat(1_200) + "\",\"id\":\"q\",\"x\":}";
    try (ProgrammeIterator it = array(KansenJson.builder().maxDocumentLength(1_000).build(), "[" + big + "," + PROGRAMME + "]")) {
      KansenJsonException e = assertThrows(KansenJsonException.class, it::next);
      assertEquals("INPUT_TOO_LARGE", e.violations().get(0).code());
      assertFalse(it.hasNext());
    }
  }

  @Test
  void anElementTooLargeWhoseRestCanBeReadIsSkipped() throws IOException {
    String big = "{\"formatVersion\":\"1.0\",\"title\":\"" + "t".repeat(1_200) + "\",\"id\":\"q\",\"x\":[{}]}";
    try (ProgrammeIterator it = array(KansenJson.builder().maxDocumentLength(1_000).build(), "[" + big + "," + PROGRAMME + "]")) {
      assertEquals("INPUT_TOO_LARGE", assertThrows(KansenJsonException.class, it::next).violations().get(0).code());
      assertEquals("p", it.next().id());
      assertFalse(it.hasNext());
    }
  }
}
