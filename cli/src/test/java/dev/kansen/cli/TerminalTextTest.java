package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TerminalTextTest {
  @Test
  void plainTextIsUnchanged() {
    String text = "Gemeente 's-Hertogenbosch — Ideeënlab \uD83D\uDE00 /interventions/0";
    assertSame(text, TerminalText.escape(text));
  }

  @Test
  void escapeAndBellAndOscAreShownNotObeyed() {
    assertEquals("\\u001B]0;owned\\u0007\\u001B[2Ktitle", TerminalText.escape("\u001B]0;owned\u0007\u001B[2Ktitle"));
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u0000', '\n', '\r', '\t', '\u007F', '\u0080', '\u009B', '\u009D', '\u061C', '\u200E',
      '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\u2028', '\u2029', '\uD83D', '\uDE00'})
  void everyControlCharacterIsEscaped(char c) {
    assertEquals("a" + String.format("\\u%04X", (int) c) + "b", TerminalText.escape("a" + c + "b"));
  }

  @Test
  void escapingTwiceChangesNothing() {
    String once = TerminalText.escape("\u001B[31mred\u202E");
    assertEquals(once, TerminalText.escape(once));
  }
}
