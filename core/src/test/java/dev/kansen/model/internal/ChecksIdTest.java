package dev.kansen.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The id check without a regular expression accepts exactly what the documented pattern accepts. */
class ChecksIdTest {
  private static final Pattern DOCUMENTED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
  private static final String ALPHABET = "aZ09._:-/ é\u00e9\u0660~\u0000";

  @Test
  void agreesWithTheDocumentedPatternOnGeneratedTexts() {
    SplittableRandom random = new SplittableRandom(11);
    for (int n = 0; n < 100_000; n++) {
      int length = random.nextInt(0, random.nextBoolean() ? 6 : 104);
      StringBuilder b = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        b.append(random.nextInt(4) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
            : (char) ('a' + random.nextInt(26)));
      }
      String id = b.toString();
      assertEquals(DOCUMENTED.matcher(id).matches(), Checks.isId(id), () -> "\"" + id + "\"");
    }
  }

  @Test
  void agreesWithTheDocumentedPatternOnEveryCharacterFirstAndLater() {
    // the check tests characters by bits of two masks: every char, in both positions
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String first = (char) c + "a";
      String later = "a" + (char) c;
      assertEquals(DOCUMENTED.matcher(first).matches(), Checks.isId(first), "first " + c);
      assertEquals(DOCUMENTED.matcher(later).matches(), Checks.isId(later), "later " + c);
    }
  }

  @Test
  void boundaries() {
    assertTrue(Checks.isId("a"));
    assertTrue(Checks.isId("x".repeat(100)));
    assertFalse(Checks.isId("x".repeat(101)));
    assertFalse(Checks.isId(""));
    assertFalse(Checks.isId("-a"));
    assertFalse(Checks.isId("\u0660"));
    assertTrue(Checks.isId("GKA-1234:x_y.z"));
  }
}
