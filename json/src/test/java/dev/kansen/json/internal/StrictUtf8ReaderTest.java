package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The strict decoder gives exactly the text of well-formed UTF-8 (less a leading byte-order mark),
 * however it is asked for it, and names the line and column of the first bad byte.
 */
class StrictUtf8ReaderTest {
  private static String readAll(InputStream in, int chunk) throws IOException {
    Reader reader = new StrictUtf8Reader(in);
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[chunk + 3];
    assertEquals(0, reader.read(buffer, 1, 0), "asking for nothing reads nothing");
    for (int n = reader.read(buffer, 2, chunk); n >= 0; n = reader.read(buffer, 2, chunk)) {
      assertTrue(n > 0 && n <= chunk, "read " + n + " of at most " + chunk);
      text.append(buffer, 2, n);
    }
    assertEquals(-1, reader.read(buffer, 0, chunk), "the end stays the end");
    return text.toString();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A stream that hands over at most one byte per read, as a slow network might. */
  private static InputStream trickle(byte[] bytes) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  @Test
  void decodesTextLongerThanItsBufferInAnyChunkSize() throws IOException {
    String text = ("caf\u00e9 \u20ac \uD83D\uDE00 gem\u00eb\u00efnteresseerd\n").repeat(1_000);
    for (int chunk : new int[] {1, 2, 7, 8192, 100_000}) {
      assertEquals(text, readAll(new ByteArrayInputStream(utf8(text)), chunk), "chunk " + chunk);
    }
    assertEquals(text, readAll(trickle(utf8(text)), 64));
    String bmp = "caf\u00e9 \u20ac gem\u00eb\u00efnteresseerd\n".repeat(1_000);
    assertEquals(bmp, readAll(new ByteArrayInputStream(utf8(bmp)), 1), "one character at a time");
  }

  /** Reads with {@link Reader#read()}, one char per call, as a reader without a buffer does. */
  private static String readCharByChar(InputStream in) throws IOException {
    Reader reader = new StrictUtf8Reader(in);
    StringBuilder text = new StringBuilder();
    for (int c = reader.read(); c >= 0; c = reader.read()) {
      text.append((char) c);
    }
    assertEquals(-1, reader.read(), "the end stays the end");
    return text.toString();
  }

  @Test
  void givesACharacterOutsideTheBmpOneCharAtATime() {
    // before the fix a one-char read of a surrogate pair looped for ever: the timeout only guards
    // against that hang, it asserts no speed
    String text = "a\uD83D\uDE00b\n\uD83C\uDF89\uD83D\uDE00\u00e9".repeat(3_000);
    String read = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> readCharByChar(new ByteArrayInputStream(utf8(text))));
    assertEquals(text, read);
    assertEquals(text, assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> readAll(trickle(utf8(text)), 1)), "one byte in, one char out");
    assertEquals("\uD83D\uDE00", assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> readAll(new ByteArrayInputStream(utf8("\uFEFF\uD83D\uDE00")), 1)),
        "a byte-order mark before a pair read one char at a time");
  }

  @Test
  void aBadByteAfterAPairReadOneCharAtATimeIsStillFound() {
    StrictUtf8Reader.MalformedUtf8Exception e = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> failure(withBadByte("\uD83D\uDE00x", ""), 1));
    assertEquals(1, e.line());
    assertEquals(4, e.column(), "after a pair (two chars) and x");
    assertEquals(5, e.byteOffset());
  }

  @Test
  void emptyInputIsEmptyText() throws IOException {
    assertEquals("", readAll(new ByteArrayInputStream(new byte[0]), 16));
  }

  @Test
  void skipsOnlyALeadingByteOrderMark() throws IOException {
    assertEquals("{}", readAll(new ByteArrayInputStream(utf8("\uFEFF{}")), 16));
    assertEquals("", readAll(new ByteArrayInputStream(utf8("\uFEFF")), 16));
    assertEquals("a\uFEFF", readAll(new ByteArrayInputStream(utf8("\uFEFFa\uFEFF")), 1));
    assertEquals("a\uFEFF", readAll(new ByteArrayInputStream(utf8("a\uFEFF")), 16));
  }

  private static StrictUtf8Reader.MalformedUtf8Exception failure(byte[] bytes, int chunk) {
    return assertThrows(StrictUtf8Reader.MalformedUtf8Exception.class, () -> readAll(new ByteArrayInputStream(bytes), chunk));
  }

  private static byte[] withBadByte(String before, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(before));
    out.write(0xFF);
    out.writeBytes(utf8(after));
    return out.toByteArray();
  }

  @Test
  void namesTheLineAndColumnOfTheFirstBadByte() {
    for (int chunk : new int[] {1, 5, 1024}) {
      StrictUtf8Reader.MalformedUtf8Exception e = failure(withBadByte("{\n  \"a\": \"\u00e9", "\"}"), chunk);
      assertEquals(2, e.line());
      assertEquals(10, e.column(), "after two spaces, \"a\": \" and one character of two bytes");
      assertTrue(e.getMessage().contains("line 2, column 10"), e.getMessage());
      assertTrue(e.getMessage().contains("at byte 12"), e.getMessage());
    }
  }

  @Test
  void aBadFirstByteIsAtLineOneColumnOne() {
    StrictUtf8Reader.MalformedUtf8Exception e = failure(withBadByte("", "{}"), 16);
    assertEquals(1, e.line());
    assertEquals(1, e.column());
  }

  @Test
  void aByteOrderMarkTakesNoColumn() {
    StrictUtf8Reader.MalformedUtf8Exception e = failure(withBadByte("\uFEFFab", ""), 16);
    assertEquals(1, e.line());
    assertEquals(3, e.column());
  }

  /** The mark is taken off the first line only: a bad byte on a later line is at its own column. */
  @Test
  void aByteOrderMarkTakesNoColumnOfALaterLine() {
    for (int chunk : new int[] {1, 5, 1024}) {
      StrictUtf8Reader.MalformedUtf8Exception e = failure(withBadByte("\uFEFF{\n\"id\": \"a", "\"}"), chunk);
      assertEquals(2, e.line(), "chunk " + chunk);
      assertEquals(9, e.column(), "after \"id\": \"a on the second line; chunk " + chunk);
    }
  }

  @Test
  void refusesOverlongFormsSurrogatesAndTruncatedSequences() {
    HexFormat hex = HexFormat.of();
    for (String bad : new String[] {"7bc0af7d", "7beda0807d", "7bf4908080", "7be282"}) {
      failure(hex.parseHex(bad), 16);
    }
  }

  @Test
  void closingLeavesTheStreamOpen() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(utf8("x")) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    new StrictUtf8Reader(in).close();
    assertEquals(false, closed[0]);
  }
}
