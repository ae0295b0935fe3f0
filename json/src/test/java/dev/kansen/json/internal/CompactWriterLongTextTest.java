package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A long text takes a buffer of about its own length in the compact writer, not the three bytes
 * a character that its longest characters take (a 50 MB text took a 150 MB array); and the room
 * reserved piece by piece is enough at every place a piece ends: an escape, a character of two
 * or three bytes or a surrogate pair just before, at or across the end of a piece (and of
 * Jackson's segments and buffer, whose bytes they must be).
 */
class CompactWriterLongTextTest {
  private static final JsonFactories.Limits LIMITS = new JsonFactories.Limits(64, Integer.MAX_VALUE, 100, -1);

  private static CompactWriter writer(byte[] into) {
    return new CompactWriter(into, LIMITS.maxStringLength(), LIMITS.maxNameLength(), LIMITS.maxNumberLength(),
        LIMITS.maxNestingDepth());
  }

  private static byte[] jackson(String text) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JsonFactories.of(LIMITS, -1).createGenerator(out)) {
      g.writeStartArray();
      g.writeNumber(7);
      g.writeString(text);
      g.writeEndArray();
    }
    return out.toByteArray();
  }

  private static byte[] compact(String text, byte[] into) throws Exception {
    CompactWriter w = writer(into);
    w.startArray();
    w.number(7);
    w.string(text);
    w.endArray();
    return Arrays.copyOf(w.buffer(), w.length());
  }

  @Test
  void aLongTextOfOneByteCharactersTakesABufferOfAboutItsLength() throws Exception {
    for (int length : new int[] {100_000, 3_000_000}) {
      CompactWriter w = writer(new byte[256]);
      w.string("a".repeat(length));
      // the array doubles as it grows, so it is at most twice what it holds, plus a piece's room
      assertTrue(w.buffer().length <= 2L * w.length() + 64 * 1024,
          length + " characters, " + w.length() + " bytes written into an array of " + w.buffer().length);
    }
  }

  @Test
  void everyKindOfCharacterAtEveryPlaceAroundTheEndOfAPieceIsWrittenAsJacksonWritesIt() throws Exception {
    List<String> specials = List.of("\u0001", "\"", "\u00e9", "\u20ac", "\u2028", "\uD83D\uDE00", "\u007F");
    for (String special : specials) {
      // the compact writer's pieces (8,192 characters), and Jackson's segments of a long string
      // (1,000 characters) and its output buffer (8,000 bytes)
      for (int boundary : new int[] {1000, 2000, 2666, 4000, 8000, 8 * 1024, 16 * 1024}) {
        for (int at = boundary - 3; at <= boundary + 2; at++) {
          for (String filler : List.of("a", "\u20ac", "\n")) {
            String text = filler.repeat(at) + special + filler.repeat(40) + special;
            byte[] expected = jackson(text);
            // from an array of one byte, which grows to exactly the room first reserved, and a larger one
            assertArrayEquals(expected, compact(text, new byte[1]), special + " at " + at);
            assertArrayEquals(expected, compact(text, new byte[64]), special + " at " + at);
          }
        }
      }
    }
  }
}
