package dev.kansen.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/** Reads a stream into memory up to a bound, with as few copies as the stream allows. */
public final class StreamBytes {
  // the first buffer of a stream that does not say how much it holds
  private static final int FIRST = 8192;
  /**
   * The largest first buffer, 16 MiB, whatever the stream says it holds: {@code available()} is a
   * hint, and a stream that says more than it holds must not make a read take the whole bound at
   * once. A file or an array in memory up to this size is read into one array of its size.
   */
  public static final int LARGEST_FIRST = 1 << 24;

  private StreamBytes() {}

  /**
   * Reads the stream up to its end, or up to one byte past the bound. A stream that says how much
   * it holds ({@link InputStream#available()}, as a file's and an array's do), up to 16 MiB, is read
   * into one array of that size, without a copy; any other into a buffer that doubles as it fills.
   *
   * @param in the stream, not closed
   * @param bound the most bytes wanted, below {@code Integer.MAX_VALUE}
   * @return the stream's bytes, up to its end; {@code bound + 1} of them when it is longer than the bound
   * @throws IOException when reading the stream fails
   */
  public static byte[] upTo(InputStream in, int bound) throws IOException {
    Head head = head(in, bound);
    rethrow(head.failure);
    return head.bytes;
  }

  /**
   * Reads the stream as {@link #upTo} does, but keeps what was read when reading fails, so that
   * the stream can still be read as if nothing had been read of it ({@link Head#then}). A failure
   * is an {@code IOException} or the unchecked exception a stream may throw instead: either is
   * thrown to the reader of {@link Head#then} once the bytes before it are read, as the stream alone
   * would have thrown it.
   *
   * @param in the stream, not closed
   * @param bound the most bytes wanted, below {@code Integer.MAX_VALUE}
   * @return the bytes read, and how reading failed, if it did
   */
  public static Head head(InputStream in, int bound) {
    int most = bound + 1;
    byte[] buffer = new byte[Math.min(said(in), most)];
    int length = 0;
    try {
      while (true) {
        if (length == buffer.length) {
          if (length == most) {
            return new Head(buffer, null);
          }
          // full: one byte more tells whether the stream ended where it said it would
          int next = in.read();
          if (next < 0) {
            return new Head(buffer, null);
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min(most, Math.max(2L * buffer.length, FIRST)));
          buffer[length++] = (byte) next;
          continue;
        }
        int read = in.read(buffer, length, buffer.length - length);
        if (read < 0) {
          return new Head(length == buffer.length ? buffer : Arrays.copyOf(buffer, length), null);
        }
        length += read;
      }
    } catch (IOException | RuntimeException e) {
      return new Head(Arrays.copyOf(buffer, length), e);
    }
  }

  /** Throws the failure of reading a stream, if there is one: an {@code IOException} or an unchecked exception. */
  static void rethrow(Exception failure) throws IOException {
    if (failure instanceof IOException e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
  }

  /** @return the size of the first buffer: what the stream says it holds, if it says */
  private static int said(InputStream in) {
    int said;
    try {
      said = in.available();
    } catch (IOException | RuntimeException e) {
      // only a hint, whether asking fails checked or unchecked: the reads tell
      said = 0;
    }
    return said > 0 ? Math.min(said, LARGEST_FIRST) : FIRST;
  }

  /**
   * The first bytes of a stream, read into memory.
   *
   * @param bytes the bytes read, up to the end of the stream, the bound or the failure
   * @param failure how reading the stream failed after those bytes, an {@code IOException} or an
   *     unchecked exception; null when it did not
   */
  public record Head(byte[] bytes, Exception failure) {
    /**
     * @param rest the stream the bytes were read from
     * @return the bytes, then the rest of the stream (or the failure, where reading it failed).
     *     Each read is filled from both as the stream alone would have filled it, and the stream's
     *     own answers (no bytes, the end, a failure) come through as they are, so that a reader of
     *     it is handed the same bytes in the same pieces as from a stream that fills its reads
     */
    public InputStream then(InputStream rest) {
      return new Joined(bytes, failure, Objects.requireNonNull(rest));
    }
  }

  /** The bytes read into memory, then the rest of the stream. */
  private static final class Joined extends InputStream {
    private static final byte[] NONE = new byte[0];
    // let go once read: a stream longer than what is held is read on for as long as it lasts
    private byte[] head;
    private final InputStream rest;
    private int position;
    // how reading the stream failed: thrown once the bytes before it have been read
    private Exception failure;

    Joined(byte[] head, Exception failure, InputStream rest) {
      this.head = head;
      this.failure = failure;
      this.rest = rest;
    }

    @Override
    public int read() throws IOException {
      if (position < head.length) {
        int b = head[position++] & 0xFF;
        letGoOfHeadOnceRead();
        return b;
      }
      throwFailure();
      return rest.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, b.length);
      if (len == 0) {
        return 0;
      }
      int n = Math.min(len, head.length - position);
      if (n <= 0) {
        throwFailure();
        return rest.read(b, off, len);
      }
      System.arraycopy(head, position, b, off, n);
      position += n;
      letGoOfHeadOnceRead();
      if (n == len || failure != null) {
        return n;
      }
      // the stream alone would have filled the rest of this read: let it
      int more;
      try {
        more = rest.read(b, off + n, len - n);
      } catch (IOException | RuntimeException e) {
        // the bytes of the head are handed out first
        failure = e;
        return n;
      }
      return more > 0 ? n + more : n;
    }

    private void letGoOfHeadOnceRead() {
      if (position == head.length) {
        head = NONE;
        position = 0;
      }
    }

    private void throwFailure() throws IOException {
      rethrow(failure);
    }

    @Override
    public void close() {
      // the caller owns the stream
    }
  }
}
