package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link Utf8#encode} gives a text's UTF-8 bytes, and nothing for a text that UTF-8 cannot encode. */
class Utf8EncodeTest {
  @Test
  void aLoneSurrogateAnywhereInTheTextGivesNothing() {
    // at every place within and around an eight-byte word, with and without a real question mark
    for (int at = 0; at < 20; at++) {
      for (String half : new String[] {"\uD800", "\uDBFF", "\uDC00", "\uDFFF"}) {
        String text = "a".repeat(at) + half + "b".repeat(19 - at);
        assertNull(Utf8.encode(text), text);
        assertNull(Utf8.encode("?" + text), text);
        assertNull(Utf8.encode(text + "\uD83D\uDE00"), text);
      }
    }
    // a high half followed by a high half, and a low half before a high half, are both alone
    assertNull(Utf8.encode("x\uD83D\uD83Dx"));
    assertNull(Utf8.encode("x\uDE00\uD83Dx"));
  }

  @Test
  void aTextWithoutALoneSurrogateGivesItsBytes() {
    for (String text : new String[] {"", "?", "Wat werkt? Zomerschool", "é€\uD83D\uDE00?", "a".repeat(17) + "?",
        "\uD83D\uDE00".repeat(9)}) {
      assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Utf8.encode(text), text);
    }
  }
}
