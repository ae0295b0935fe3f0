package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Lines input is split at {@code \n} and {@code \r\n}, numbered from 1, and bounded in length. */
class LineSplitterTest {
  private static List<LineSplitter.Line> lines(InputStream in, long maxLength) throws IOException {
    LineSplitter splitter = new LineSplitter(in, maxLength);
    List<LineSplitter.Line> all = new ArrayList<>();
    for (LineSplitter.Line line = splitter.next(); line != null; line = splitter.next()) {
      all.add(line);
    }
    assertNull(splitter.next(), "the end stays the end");
    return all;
  }

  private static List<LineSplitter.Line> lines(String text, long maxLength) throws IOException {
    return lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLength);
  }

  private static String text(LineSplitter.Line line) {
    return new String(line.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void emptyInputHasNoLines() throws IOException {
    assertEquals(List.of(), lines("", 100));
  }

  @Test
  void splitsAtLineFeedsAndDropsTheCarriageReturnOfCrLf() throws IOException {
    List<LineSplitter.Line> all = lines("a\r\nbc\n\nd\re\n", 100);
    assertEquals(4, all.size());
    assertEquals(List.of("a", "bc", "", "d\re"), all.stream().map(LineSplitterTest::text).toList());
    assertEquals(List.of(1L, 2L, 3L, 4L), all.stream().map(LineSplitter.Line::number).toList());
    assertTrue(all.stream().noneMatch(LineSplitter.Line::tooLong));
  }

  @Test
  void theLastLineNeedsNoLineFeed() throws IOException {
    assertEquals(List.of("x", "y"), lines("x\ny", 100).stream().map(LineSplitterTest::text).toList());
    assertEquals(List.of("x", "y"), lines("x\ny\r\n", 100).stream().map(LineSplitterTest::text).toList());
  }

  @Test
  void aLineOfExactlyTheMaximumIsKeptAndOneByteMoreIsSkippedAndReported() throws IOException {
    List<LineSplitter.Line> all = lines("12345\n123456\n1234", 5);
    assertEquals(3, all.size());
    assertEquals("12345", text(all.get(0)));
    assertFalse(all.get(0).tooLong());
    assertTrue(all.get(1).tooLong());
    assertEquals(0, all.get(1).bytes().length, "nothing of a long line is kept");
    assertEquals(2, all.get(1).number());
    assertEquals("1234", text(all.get(2)));
    assertEquals(3, all.get(2).number());
  }

  @Test
  void linesLongerThanTheReadBufferAreJoinedWhole() throws IOException {
    String big = "x".repeat(150_000);
    String text = big + "\n" + "y".repeat(65_535) + "\n" + "w".repeat(8193) + "\n" + big;
    List<LineSplitter.Line> all = lines(text, 1_000_000);
    assertEquals(List.of(big, "y".repeat(65_535), "w".repeat(8193), big),
        all.stream().map(LineSplitterTest::text).toList());
  }

  /** Random lines, line breaks anywhere in an eight-byte word, read whole or in pieces of any size, split as one byte at a time would. */
  @Test
  void randomLinesInRandomPiecesAreSplitAsByteByByte() throws IOException {
    java.util.SplittableRandom random = new java.util.SplittableRandom(1129);
    byte[] alphabet = "ab\r\n\t {}\"é".getBytes(StandardCharsets.UTF_8);
    for (int round = 0; round < 300; round++) {
      byte[] bytes = new byte[random.nextInt(0, round < 250 ? 200 : 200_000)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = random.nextInt(8) == 0 ? (byte) '\n' : alphabet[random.nextInt(alphabet.length)];
      }
      long max = random.nextInt(1, 100);
      int piece = random.nextInt(1, 100_000);
      InputStream pieces = new ByteArrayInputStream(bytes) {
        @Override
        public synchronized int read(byte[] b, int off, int len) {
          return super.read(b, off, Math.min(len, piece));
        }
      };
      List<LineSplitter.Line> all = lines(pieces, max);
      List<String> expected = new ArrayList<>();
      int start = 0;
      for (int i = 0; i <= bytes.length; i++) {
        if (i == bytes.length ? i > start : bytes[i] == '\n') {
          int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
          expected.add(i - start > max ? "too long" : new String(bytes, start, end - start, StandardCharsets.ISO_8859_1));
          start = i + 1;
        }
      }
      List<String> got = all.stream()
          .map(l -> l.tooLong() ? "too long" : new String(l.bytes(), StandardCharsets.ISO_8859_1)).toList();
      assertEquals(expected, got, "round " + round);
      for (int i = 0; i < all.size(); i++) {
        assertEquals(i + 1, all.get(i).number());
      }
    }
  }

  @Test
  void aLineFeedIsFoundAtEveryPlaceOfAWord() {
    for (int length = 0; length < 40; length++) {
      for (int at = 0; at <= length; at++) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) 0x8A);
        if (at < length) {
          bytes[at] = '\n';
        }
        for (int from = 0; from <= Math.min(at, length); from++) {
          assertEquals(at, Words.indexOf(bytes, from, length, '\n'), length + " " + at + " " + from);
        }
      }
    }
  }

  @Test
  void aStreamThatDeliversOneByteAtATimeGivesTheSameLines() throws IOException {
    byte[] bytes = "ab\r\ncd\n\nef".getBytes(StandardCharsets.UTF_8);
    InputStream trickle = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
    List<LineSplitter.Line> all = lines(trickle, 100);
    assertEquals(List.of("ab", "cd", "", "ef"), all.stream().map(LineSplitterTest::text).toList());
  }

  @Test
  void aLongLineSpreadOverReadsIsStillTooLong() throws IOException {
    List<LineSplitter.Line> all = lines("z".repeat(10_000) + "\nok", 9_000);
    assertTrue(all.get(0).tooLong());
    assertArrayEquals("ok".getBytes(StandardCharsets.UTF_8), all.get(1).bytes());
  }

  @Test
  void aLineOfSpacesAndTabsIsBlankAndAnythingElseIsNot() {
    assertTrue(new LineSplitter.Line(1, new byte[0], false).isBlank());
    assertTrue(new LineSplitter.Line(1, " \t ".getBytes(StandardCharsets.UTF_8), false).isBlank());
    assertFalse(new LineSplitter.Line(1, " x ".getBytes(StandardCharsets.UTF_8), false).isBlank());
    assertFalse(new LineSplitter.Line(1, "\r".getBytes(StandardCharsets.UTF_8), false).isBlank());
  }
}
