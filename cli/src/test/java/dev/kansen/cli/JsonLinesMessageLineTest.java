package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.json.KansenJson;
import dev.kansen.json.KansenJsonException;
import dev.kansen.validation.Position;
import dev.kansen.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A reading problem of one line of a JSON Lines file names that line in its message as in its
 * position: {@code bin.jsonl:3:2 ... (line 1, column 2)} said two different lines.
 */
class JsonLinesMessageLineTest {

  @Test
  void aBadByteOnTheThirdLineIsOnLineThreeInTheMessageToo() {
    byte[] line = {'{', (byte) 0xFF, '}'};

    Violation placed = placedOnLine(3, line);

    assertEquals(new Position(3, 2), placed.position().orElseThrow());
    assertEquals("The input is not valid UTF-8: bad byte sequence at byte 1 (line 3, column 2)", placed.message());
    assertEquals("De invoer is geen geldige UTF-8: ongeldige bytereeks bij byte 1 (regel 3, kolom 2)",
        placed.localizedMessage(Locale.forLanguageTag("nl")));
  }

  @Test
  void anObjectLeftOpenOnTheSeventhLineStartsOnLineSevenInTheMessage() {
    Violation placed = placedOnLine(7, "{\"id\": \"x\"".getBytes(StandardCharsets.UTF_8));

    assertEquals(7, placed.position().orElseThrow().line());
    assertEquals(true, placed.message().contains("starts at line 7, column 1"), placed.message());
  }

  @Test
  void aMessageThatNamesNoLineIsKeptAsItIs() {
    Violation placed = placedOnLine(5, "[]".getBytes(StandardCharsets.UTF_8));

    assertEquals("Expected an object (Programme) but found an array", placed.message());
    assertEquals(5, placed.position().orElseThrow().line());
  }

  private static Violation placedOnLine(long number, byte[] bytes) {
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> KansenJson.strict().read(bytes));
    List<Violation> placed = new JsonLines.Line(number, bytes).place(e.violations());
    assertEquals(1, placed.size(), placed::toString);
    return placed.get(0);
  }
}
