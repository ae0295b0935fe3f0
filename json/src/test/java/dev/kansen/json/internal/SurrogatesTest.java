package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A lone half of a surrogate pair is found, in a string and in part of a character array, and replaced. */
class SurrogatesTest {
  private static final String HIGH = "\uD83D";
  private static final String LOW = "\uDE00";

  @ParameterizedTest
  @CsvSource({"'', -1", "abc, -1", "H, 0", "L, 0", "HL, -1", "LH, 0", "aHLb, -1", "aHb, 1", "aHLH, 3",
      "HH L, 0", "aHLL, 3", "HLHL, -1", "abH, 2"})
  void findsTheFirstUnpairedHalf(String shape, int expected) {
    String text = shape.replace("H", HIGH).replace("L", LOW);
    assertEquals(expected, Surrogates.unpaired(text), shape);
    char[] padded = ("xy" + text + "z").toCharArray();
    assertEquals(expected, Surrogates.unpaired(padded, 2, text.length()), shape);
  }

  @Test
  void aPairCutByTheEndOfTheRangeIsUnpaired() {
    char[] text = ("a" + HIGH + LOW).toCharArray();
    assertEquals(1, Surrogates.unpaired(text, 0, 2));
    assertEquals(0, Surrogates.unpaired(text, 2, 1));
  }

  @Test
  void replacesEveryUnpairedHalfAndKeepsPairs() {
    assertEquals("a\uFFFDb" + HIGH + LOW + "\uFFFD\uFFFD", Surrogates.replaced("a" + LOW + "b" + HIGH + LOW + HIGH + HIGH));
    assertEquals("\uFFFD", Surrogates.replaced(HIGH));
    String clean = "caf\u00e9 " + HIGH + LOW;
    assertSame(clean, Surrogates.replaced(clean), "a text without unpaired halves is returned as it is");
  }

  @Test
  void agreesWithTheJdkOnGeneratedTexts() {
    SplittableRandom random = new SplittableRandom(16);
    String alphabet = "a" + HIGH + LOW;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(0, 8); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      // String.getBytes replaces each unpaired half by '?', so the decoded text shows where they were
      String viaJdk = new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(viaJdk.replace('?', '\uFFFD'), Surrogates.replaced(text), text);
      assertEquals(viaJdk.indexOf('?'), Surrogates.unpaired(text), text);
    }
  }
}
