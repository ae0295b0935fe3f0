package dev.kansen.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written shape checks say what their documented regular expressions say, on every text. */
class ContactChannelsTest {
  private static final Pattern EMAIL = Pattern.compile(ContactChannels.EMAIL_PATTERN);
  private static final Pattern TELEPHONE = Pattern.compile(ContactChannels.TELEPHONE_PATTERN);
  /** The characters the patterns treat specially, and a few they do not (a letter outside ASCII, a surrogate pair). */
  private static final String ALPHABET = "ab.@ -+()09\t\n\u000b\f\r\u0000\u001f\u007f\u00e9\ud83d\ude00";

  /** A text mostly of {@code common} characters, with any character of the alphabet one time in four. */
  private static String text(Random random, int maxLength, String common) {
    int n = random.nextInt(maxLength + 1);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      String from = random.nextInt(4) == 0 ? ALPHABET : common;
      b.append(from.charAt(random.nextInt(from.length())));
    }
    return b.toString();
  }

  @Test
  void emailCheckAgreesWithItsPatternOnGeneratedTexts() {
    Random random = new Random(20261129L);
    int valid = 0;
    for (int i = 0; i < 200_000; i++) {
      String text = text(random, 12, "ab.@");
      boolean expected = text.length() <= 254 && EMAIL.matcher(text).matches();
      assertEquals(expected, ContactChannels.isEmail(text), () -> "\"" + text + "\"");
      valid += expected ? 1 : 0;
    }
    assertTrue(valid > 100, "the generated texts include valid addresses: " + valid);
  }

  @Test
  void telephoneCheckAgreesWithItsPatternOnGeneratedTexts() {
    Random random = new Random(11292026L);
    int valid = 0;
    for (int i = 0; i < 200_000; i++) {
      String text = text(random, 20, "0123456789 ");
      long digits = text.chars().filter(c -> c >= '0' && c <= '9').count();
      boolean expected = TELEPHONE.matcher(text).matches()
          && digits >= ContactChannels.MIN_DIGITS && digits <= ContactChannels.MAX_DIGITS;
      assertEquals(expected, ContactChannels.isTelephone(text), () -> "\"" + text + "\"");
      valid += expected ? 1 : 0;
    }
    assertTrue(valid > 10, "the generated texts include valid numbers: " + valid);
  }

  @Test
  void examples() {
    assertTrue(ContactChannels.isEmail("info@school.example.nl"));
    assertFalse(ContactChannels.isEmail("info@school"));
    assertFalse(ContactChannels.isEmail("in fo@school.nl"));
    assertFalse(ContactChannels.isEmail("info@school..nl"));
    assertFalse(ContactChannels.isEmail("a@b.c".repeat(51) + "@x.y"));
    assertTrue(ContactChannels.isTelephone("+31 (0)20-123 4567"));
    assertFalse(ContactChannels.isTelephone("+31 20 123 4567 ext"));
    assertFalse(ContactChannels.isTelephone("1234"));
  }
}
