package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The codes' and variants' shapes are checked character by character, exactly as their documented patterns say. */
class ViolationShapesTest {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
  private static final Pattern VARIANT = Pattern.compile("[a-z][a-zA-Z0-9]*");
  private static final String ALPHABET = "AZaz09_-é ";

  @Test
  void codesAreCheckedAsTheirPatternSays() {
    for (String s : new String[] {"", "A", "_", "A_", "_A", "A__B", "A_B", "AB_9", "9A", "a", "A_b", "DUPLICATE_ID"}) {
      assertEquals(CODE.matcher(s).matches(), Violation.isCode(s), s);
    }
    Random random = new Random(12);
    for (int i = 0; i < 200_000; i++) {
      String s = text(random);
      assertEquals(CODE.matcher(s).matches(), Violation.isCode(s), s);
    }
  }

  @Test
  void variantsAreCheckedAsTheirPatternSays() {
    for (String s : new String[] {"", "a", "A", "past", "samePartner", "a9", "9a", "a_b", "a-b"}) {
      assertEquals(VARIANT.matcher(s).matches(), Violation.isVariant(s), s);
    }
    Random random = new Random(13);
    for (int i = 0; i < 200_000; i++) {
      String s = text(random);
      assertEquals(VARIANT.matcher(s).matches(), Violation.isVariant(s), s);
    }
  }

  private static String text(Random random) {
    int length = random.nextInt(7);
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < length; j++) {
      int k = random.nextInt(ALPHABET.length() + 3);
      // mostly letters of the range, at its edges and inside it
      b.append(k < ALPHABET.length() ? ALPHABET.charAt(k) : "BQm".charAt(k - ALPHABET.length()));
    }
    return b.toString();
  }
}
