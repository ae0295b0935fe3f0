package dev.kansen.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads a stream into memory up to a bound, with as few copies as the stream allows. */
public final class StreamBytes {
  // the first buffer of a stream that does not say how much it holds
  private static final int FIRST = 8192;

  private StreamBytes() {}

  /**
   * Reads the stream up to its end, or up to one byte past the bound. A stream that says how much
   * it holds ({@link InputStream#available()}, as a file's and an array's do) is read into one
   * array of that size, without a copy; any other into a buffer that doubles as it fills.
   *
   * @param in the stream, not closed
   * @param bound the most bytes wanted, below {@code Integer.MAX_VALUE}
   * @return the stream's bytes, up to its end; {@code bound + 1} of them when it is longer than the bound
   * @throws IOException when reading the stream fails
   */
  public static byte[] upTo(InputStream in, int bound) throws IOException {
    int most = bound + 1;
    int said = Math.max(in.available(), 0);
    byte[] buffer = new byte[said > 0 ? Math.min(said, most) : Math.min(FIRST, most)];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        if (length == most) {
          return buffer;
        }
        // full: one byte more tells whether the stream ended where it said it would
        int next = in.read();
        if (next < 0) {
          return buffer;
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(most, Math.max(2L * buffer.length, FIRST)));
        buffer[length++] = (byte) next;
        continue;
      }
      int read = in.read(buffer, length, buffer.length - length);
      if (read < 0) {
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
      }
      length += read;
    }
  }
}
