package dev.kansen.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.model.InvalidValueException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The blank-text check, which looks at the first character before the whole text, refuses exactly the blank texts. */
class ChecksTextTest {
  // white space by Character.isWhitespace, and look-alikes that are not (no-break spaces), and a surrogate pair
  private static final String ALPHABET = " \t\n\u000B\f\r\u001C\u001F\u2003\u3000\u00A0\u2007\u202F\uD83D\uDE00\uD800x";

  @Test
  void refusesExactlyTheBlankTextsOnGeneratedTexts() {
    SplittableRandom random = new SplittableRandom(13);
    for (int n = 0; n < 100_000; n++) {
      int length = random.nextInt(0, 6);
      StringBuilder b = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        b.append(random.nextInt(8) == 0 ? 'x' : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = b.toString();
      assertEquals(text.isBlank(), refused(text), () -> text.chars().mapToObj(Integer::toHexString).toList().toString());
    }
  }

  @Test
  void refusesEveryBlankCharacterAloneAndAcceptsEveryOther() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = String.valueOf((char) c);
      assertEquals(text.isBlank(), refused(text), "char " + c);
      assertEquals(text.isBlank(), refused(text + text), "chars " + c);
    }
  }

  @Test
  void namesTheAttributeOfABlankText() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Checks.text("Goal", "title", " \t"));
    assertEquals("title", e.attribute());
    assertEquals("BLANK_TEXT", e.code());
  }

  private static boolean refused(String text) {
    try {
      Checks.text("Goal", "title", text);
      return false;
    } catch (InvalidValueException e) {
      return true;
    }
  }
}
