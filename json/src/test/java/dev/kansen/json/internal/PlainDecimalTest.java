package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written check of decimals in plain notation accepts exactly what the documented pattern does. */
class PlainDecimalTest {
  private static final Pattern DOCUMENTED = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final String ALPHABET = "0123456789.-+eE ,x";

  @Test
  void agreesWithThePatternOnGeneratedTexts() {
    SplittableRandom random = new SplittableRandom(10);
    int accepted = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(0, 8); n > 0; n--) {
        // digits most of the time, so that many texts are valid
        text.append(random.nextInt(3) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
            : (char) ('0' + random.nextInt(10)));
      }
      boolean expected = DOCUMENTED.matcher(text).matches();
      assertEquals(expected, Values.isPlainDecimal(text.toString()), text::toString);
      accepted += expected ? 1 : 0;
    }
    assertEquals(true, accepted > 10_000, "too few valid texts generated: " + accepted);
  }
}
