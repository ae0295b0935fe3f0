package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link StreamBytes#upTo} gives the stream's bytes, or one past the bound of them, and takes no
 * byte more from the stream than it gives, whatever the stream says it holds and however it
 * hands its bytes out.
 */
class StreamBytesTest {
  @Test
  void everyLengthAroundTheBoundAndTheBuffersIsReadExactly() throws IOException {
    SplittableRandom random = new SplittableRandom(29);
    for (int bound : new int[] {0, 1, 7, 100, 8191, 8192, 20_000}) {
      for (int length : new int[] {0, 1, bound - 1, bound, bound + 1, bound + 2, 2 * bound + 5, 8191, 8192, 8193, 30_000}) {
        if (length < 0) {
          continue;
        }
        byte[] data = new byte[length];
        random.nextBytes(data);
        for (int says : new int[] {-1, 0, 1, length / 2, length, length + 10}) {
          for (int chunk : new int[] {1, 3, 4096, Integer.MAX_VALUE}) {
            Stream in = new Stream(data, says, chunk);
            byte[] got = StreamBytes.upTo(in, bound);
            int expected = Math.min(length, bound + 1);
            String what = "bound " + bound + ", length " + length + ", says " + says + ", chunk " + chunk;
            assertArrayEquals(Arrays.copyOf(data, expected), got, what);
            assertEquals(expected, in.taken, what);
          }
        }
      }
    }
  }

  /** A stream that says it holds {@code says} bytes and hands out at most {@code chunk} at a time. */
  private static final class Stream extends InputStream {
    private final ByteArrayInputStream bytes;
    private final int says;
    private final int chunk;
    int taken;

    Stream(byte[] data, int says, int chunk) {
      this.bytes = new ByteArrayInputStream(data);
      this.says = says;
      this.chunk = chunk;
    }

    @Override
    public int available() {
      return says;
    }

    @Override
    public int read() {
      int b = bytes.read();
      taken += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = bytes.read(b, off, Math.min(len, chunk));
      taken += Math.max(n, 0);
      return n;
    }
  }
}
