package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
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

  /**
   * The bytes read into memory, then the rest of the stream, give each read what the stream alone
   * gives it, when the stream fills each read as an array's and a file's do: a reader of them is
   * handed the same pieces, and so finds what it finds at the same places.
   */
  /** A stream that says it holds far more than it does is read into no buffer beyond the largest first one. */
  @Test
  void aStreamThatOverstatesWhatItHoldsIsReadIntoNoMoreThanTheLargestFirstBuffer() throws IOException {
    byte[] data = "{\"title\": \"kort\"}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    int[] largest = {0};
    Stream in = new Stream(data, Integer.MAX_VALUE, Integer.MAX_VALUE) {
      @Override
      public int read(byte[] b, int off, int len) {
        largest[0] = Math.max(largest[0], b.length);
        return super.read(b, off, len);
      }
    };
    assertArrayEquals(data, StreamBytes.upTo(in, Integer.MAX_VALUE - 16));
    assertEquals(StreamBytes.LARGEST_FIRST, largest[0]);
  }

  @Test
  void theHeadThenTheRestFillEachReadAsTheStreamAloneDoes() throws IOException {
    SplittableRandom random = new SplittableRandom(31);
    int[] asks = {8192, 1, 7, 8189, 3, 50_000};
    for (int bound : new int[] {0, 1, 100, 8191, 8192}) {
      for (int length : new int[] {0, 1, bound, bound + 1, bound + 2, 30_000}) {
        byte[] data = new byte[length];
        random.nextBytes(data);
        InputStream alone = new ByteArrayInputStream(data);
        InputStream in = new ByteArrayInputStream(data);
        StreamBytes.Head head = StreamBytes.head(in, bound);
        InputStream joined = head.then(in);
        byte[] a = new byte[50_000];
        byte[] b = new byte[50_000];
        for (int i = 0; ; i++) {
          int ask = asks[i % asks.length];
          int n = alone.read(a, 0, ask);
          int m = joined.read(b, 0, ask);
          String what = "bound " + bound + ", length " + length + ", read " + i;
          assertEquals(n, m, what);
          assertArrayEquals(Arrays.copyOf(a, Math.max(n, 0)), Arrays.copyOf(b, Math.max(m, 0)), what);
          if (n < 0) {
            break;
          }
        }
      }
    }
  }

  /**
   * A read that gets no bytes is not the end of the stream, and a failure of the stream comes
   * through, after every byte before it, whether it came while the head was read or after.
   */
  @Test
  void readsWithoutBytesAndFailuresComeThroughAfterTheBytesBeforeThem() throws IOException {
    byte[] data = new byte[1000];
    new SplittableRandom(7).nextBytes(data);
    for (int bound : new int[] {100, 5000}) {
      Stuttering in = new Stuttering(data, data.length);
      InputStream joined = StreamBytes.head(in, bound).then(in);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      assertEquals(in.failure, assertThrows(IOException.class, () -> readAll(joined, out)), "bound " + bound);
      assertArrayEquals(data, out.toByteArray(), "bound " + bound);
    }
    Stuttering failsEarly = new Stuttering(data, 50);
    StreamBytes.Head head = StreamBytes.head(failsEarly, 100);
    assertEquals(failsEarly.failure, head.failure());
    assertArrayEquals(Arrays.copyOf(data, 50), head.bytes());
    InputStream joined = head.then(failsEarly);
    byte[] buffer = new byte[80];
    assertEquals(50, joined.read(buffer, 0, 80));
    assertArrayEquals(Arrays.copyOf(data, 50), Arrays.copyOf(buffer, 50));
    assertEquals(failsEarly.failure, assertThrows(IOException.class, () -> joined.read(buffer, 0, 80)));
    assertThrows(IOException.class, () -> StreamBytes.upTo(new Stuttering(data, 50), 100));
  }

  /**
   * A stream may throw an unchecked exception where it would throw an {@code IOException}: it comes
   * through alike, after every byte before it, and is not thrown while the head is read.
   */
  @Test
  void anUncheckedFailureComesThroughAfterTheBytesBeforeIt() throws IOException {
    byte[] data = new byte[1000];
    new SplittableRandom(11).nextBytes(data);
    for (int bound : new int[] {100, 5000}) {
      Stuttering in = new Stuttering(data, data.length, new IllegalStateException("the channel was closed"));
      StreamBytes.Head head = StreamBytes.head(in, bound);
      assertEquals(bound < data.length ? null : in.failure, head.failure(), "bound " + bound);
      InputStream joined = head.then(in);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      assertEquals(in.failure, assertThrows(IllegalStateException.class, () -> readAll(joined, out)), "bound " + bound);
      assertArrayEquals(data, out.toByteArray(), "bound " + bound);
    }
    Stuttering failsEarly = new Stuttering(data, 50, new IllegalStateException("the channel was closed"));
    assertEquals(failsEarly.failure, assertThrows(IllegalStateException.class, () -> StreamBytes.upTo(failsEarly, 100)));
  }

  private static void readAll(InputStream in, java.io.ByteArrayOutputStream out) throws IOException {
    byte[] buffer = new byte[37];
    for (int n = in.read(buffer, 0, buffer.length); n >= 0; n = in.read(buffer, 0, buffer.length)) {
      out.write(buffer, 0, n);
    }
  }

  /**
   * Hands out at most 10 bytes a read and none on every other read, says nothing of its size,
   * and fails once {@code failAt} bytes are out.
   */
  private static final class Stuttering extends InputStream {
    final Exception failure;
    private final byte[] data;
    private final int failAt;
    private int position;
    private boolean nothing;

    Stuttering(byte[] data, int failAt) {
      this(data, failAt, new IOException("the connection was reset"));
    }

    /** @param failure an {@code IOException}, or the unchecked exception a stream may throw instead */
    Stuttering(byte[] data, int failAt, Exception failure) {
      this.data = data;
      this.failAt = failAt;
      this.failure = failure;
    }

    private IOException fail() {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      return (IOException) failure;
    }

    @Override
    public int read() throws IOException {
      if (position >= failAt) {
        throw fail();
      }
      return data[position++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (position >= failAt) {
        throw fail();
      }
      nothing = !nothing;
      if (nothing) {
        return 0;
      }
      int n = Math.min(Math.min(len, 10), failAt - position);
      System.arraycopy(data, position, b, off, n);
      position += n;
      return n;
    }
  }

  /** A stream that says it holds {@code says} bytes and hands out at most {@code chunk} at a time. */
  private static class Stream extends InputStream {
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

  /**
   * The bytes read into memory are let go once the joined stream has handed them out: a stream
   * longer than what is held (an array over 16 MiB) is read on without holding them.
   */
  @Test
  void theHeadIsLetGoOnceHandedOut() throws IOException, InterruptedException {
    for (boolean byByte : new boolean[] {false, true}) {
      byte[] held = new byte[1 << 20];
      WeakReference<byte[]> head = new WeakReference<>(held);
      InputStream joined = new StreamBytes.Head(held, null).then(new ByteArrayInputStream(new byte[100]));
      held = null;
      byte[] buffer = new byte[8192];
      for (int i = 0; i < (1 << 20); i += byByte ? 1 : 0) {
        if (byByte) {
          joined.read();
        } else {
          i += joined.read(buffer);
        }
      }
      for (int i = 0; i < 20 && head.get() != null; i++) {
        System.gc();
        Thread.sleep(10);
      }
      assertTrue(head.get() == null, byByte ? "read byte by byte" : "read in pieces");
      assertEquals(100, joined.read(buffer));
      Reference.reachabilityFence(joined);
    }
  }
}
