package dev.kansen.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Shortening cuts between characters as a reader sees them, never inside one. */
class HtmlTest {
  private static final String EMOJI = "\uD83D\uDE00";

  @ParameterizedTest
  @ValueSource(ints = {17, 18, 19, 37, 38, 39, 40, 41})
  void anEmojiAtAnyPositionIsKeptWholeOrDroppedWhole(int position) {
    String text = "x".repeat(position) + EMOJI + "y".repeat(60);
    for (int max : new int[] {18, 38, 40}) {
      String shortened = Html.shorten(text, max);
      assertTrue(encodable(shortened), position + "/" + max + ": " + shortened);
      assertTrue(shortened.codePointCount(0, shortened.length()) <= max, shortened);
      assertTrue(shortened.endsWith("\u2026"), shortened);
    }
  }

  @Test
  void aShortTextStaysAsItIsCountingCodePoints() {
    String eighteen = EMOJI.repeat(18);
    assertEquals(eighteen, Html.shorten(eighteen, 18));
    assertEquals(EMOJI.repeat(17) + "\u2026", Html.shorten(eighteen + "x", 18));
  }

  @Test
  void aCharacterKeepsItsMarksJoinersAndModifiers() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // man ZWJ woman ZWJ girl
    assertEquals("abc\u2026", Html.shorten("abc" + family + "zzzzzzzz", 6));
    assertEquals("ab\u2026", Html.shorten("abe\u0301zzzzzz", 4)); // e with a combining acute
    assertEquals("ab\u2026", Html.shorten("ab\uD83D\uDC4D\uD83C\uDFFDzzzz", 4)); // thumbs up, medium skin tone
  }

  @Test
  void escapingMakesEveryTextEncodable() {
    assertTrue(encodable(Html.escape("\uD83D title \uDE00 end")));
  }

  /** @return whether UTF-8 can encode the text as it is, as writing the page needs */
  private static boolean encodable(String text) {
    try {
      StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
