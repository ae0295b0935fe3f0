package dev.kansen.json.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Splits a byte stream into lines ({@code \n} or {@code \r\n}) of bounded length, for JSON Lines. */
public final class LineSplitter {
  private final InputStream in;
  private final long maxLength;
  private final byte[] buffer = new byte[8192];
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
    this.maxLength = maxLength;
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
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer);
        position = 0;
        if (limit <= 0) {
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
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int n = position - start;
      length += n;
      if (length <= maxLength) {
        line.write(buffer, start, n);
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
    byte[] bytes = line.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
    }
    return new Line(number, bytes, false);
  }
}
