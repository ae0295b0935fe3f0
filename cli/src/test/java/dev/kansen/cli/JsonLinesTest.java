package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  @Test
  void splitsOnLineFeedsDropsCarriageReturnsAndSkipsBlankLinesKeepingTheirNumbers() throws IOException {
    List<String> lines = lines("{\"a\":1}\r\n\n   \n{\"b\":2}\n{\"c\":3}");
    assertEquals(List.of("1:{\"a\":1}", "4:{\"b\":2}", "5:{\"c\":3}"), lines);
  }

  @Test
  void anEmptyInputAndOneOfOnlyBlankLinesHaveNoLines() throws IOException {
    assertEquals(List.of(), lines(""));
    assertEquals(List.of(), lines("\n\r\n  \n"));
  }

  @Test
  void aLineLongerThanTheLimitIsSkippedToItsEndWithoutBeingKeptAndTheNextIsRead() throws IOException {
    int size = (int) Input.MAX_BYTES + 1;
    InputStream in = new java.io.SequenceInputStream(new Filler(size),
        new ByteArrayInputStream("\n{\"after\":1}\n".getBytes(StandardCharsets.UTF_8)));
    JsonLines lines = new JsonLines(in);
    JsonLines.Line first = lines.next();
    assertTrue(first.tooLong());
    assertEquals(1, first.number());
    JsonLines.Line second = lines.next();
    assertEquals(2, second.number());
    assertArrayEquals("{\"after\":1}".getBytes(StandardCharsets.UTF_8), second.bytes());
    assertNull(lines.next());
  }

  @Test
  void aLineOfExactlyTheLimitIsKept() throws IOException {
    byte[] line = new byte[(int) Input.MAX_BYTES];
    Arrays.fill(line, (byte) 'x');
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(line);
    bytes.write("\r\n".getBytes(StandardCharsets.UTF_8));
    JsonLines.Line read = new JsonLines(new ByteArrayInputStream(bytes.toByteArray())).next();
    assertEquals(Input.MAX_BYTES, read.bytes().length);
  }

  private static List<String> lines(String text) throws IOException {
    JsonLines lines = new JsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    List<String> found = new ArrayList<>();
    for (JsonLines.Line line = lines.next(); line != null; line = lines.next()) {
      found.add(line.number() + ":" + new String(line.bytes(), StandardCharsets.UTF_8));
    }
    return found;
  }

  /** A stream of {@code count} bytes of {@code x}, made as they are read. */
  private static final class Filler extends InputStream {
    private long left;

    Filler(long count) {
      this.left = count;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      Arrays.fill(b, off, off + n, (byte) 'x');
      left -= n;
      return n;
    }
  }
}
