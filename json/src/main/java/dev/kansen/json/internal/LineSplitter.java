package dev.kansen.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Splits a byte stream into lines ({@code \n} or {@code \r\n}) of bounded length, for JSON Lines. */
public final class LineSplitter {
  private final InputStream in;
  private final long maxLength;
  private final byte[] buffer = new byte[1 << 16];
  // the line being read, kept from one line to the next so that a line is copied once into it and
  // once out of it; it grows to the longest line kept, which is at most the maximum length
  private byte[] line = new byte[8192];
  private int position;
  private int limit;
  private long number;
  private boolean ended;

  /**
   * @param in the stream; not closed
   * @param maxLength the longest line kept, in bytes; longer lines are skipped and reported
   */
  public LineSplitter(InputStream in, long maxLength) {
    this.in = in;
    // no array holds a longer line: such a line is too long whatever the maximum
    this.maxLength = Math.min(maxLength, Integer.MAX_VALUE - 16L);
  }

  /**
   * One line of input.
   *
   * @param number the line's number, from 1
   * @param bytes the line without its line break; empty when too long
   * @param tooLong whether the line was longer than the maximum (and skipped)
   */
  public record Line(long number, byte[] bytes, boolean tooLong) {
    /** @return whether the line holds only spaces and tabs */
    public boolean isBlank() {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t') {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * @return the next line, or null at the end of the stream
   * @throws IOException when reading fails
   */
  public Line next() throws IOException {
    if (ended) {
      return null;
    }
    int kept = 0;
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        // a stream may hand out no bytes on a read without having ended
        do {
          limit = in.read(buffer);
        } while (limit == 0);
        position = 0;
        if (limit < 0) {
          limit = 0;
          ended = true;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = position;
      position = Words.indexOf(buffer, position, limit, '\n');
      int n = position - start;
      length += n;
      if (length <= maxLength) {
        if (kept + n > line.length) {
          line = Arrays.copyOf(line, Math.max(2 * line.length, kept + n));
        }
        System.arraycopy(buffer, start, line, kept, n);
        kept += n;
      }
      if (position < limit) {
        position++;
        break;
      }
    }
    number++;
    if (length > maxLength) {
      return new Line(number, new byte[0], true);
    }
    return new Line(number, Arrays.copyOf(line, kept > 0 && line[kept - 1] == '\r' ? kept - 1 : kept), false);
  }
}
