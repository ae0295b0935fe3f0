package dev.kansen.examples.integration.endpoint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * Reads a request body into memory, but never more than a limit: a body announced as larger is
 * refused before a byte is read, and a body that turns out larger while streaming (chunked, or a
 * lying {@code Content-Length}) is refused as soon as it passes the limit.
 */
final class BoundedBody {
  private BoundedBody() {}

  /** The body passed the limit. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long limit) {
      super("The document is larger than the limit of " + limit + " bytes");
    }
  }

  /**
   * @param in the body
   * @param announced the {@code Content-Length}, when the client sent one
   * @param limit the most bytes accepted
   * @return the body
   * @throws TooLargeException when the body is larger than the limit
   * @throws IOException when reading fails
   */
  static byte[] read(InputStream in, OptionalLong announced, long limit) throws IOException {
    if (announced.isPresent() && announced.getAsLong() > limit) {
      throw new TooLargeException(limit);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(limit, 64 * 1024));
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > limit) {
        throw new TooLargeException(limit);
      }
      body.write(buffer, 0, n);
    }
    return body.toByteArray();
  }

  /**
   * Reads and discards what is left of a body, but at most {@code max} bytes, so that a client
   * that is still sending gets to read the answer instead of having its connection reset.
   *
   * @param in the rest of the body
   * @param max the most bytes to discard
   * @return whether the body ended within that amount
   * @throws IOException when reading fails
   */
  static boolean drain(InputStream in, long max) throws IOException {
    byte[] buffer = new byte[8192];
    long left = max;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n == -1) {
        return true;
      }
      left -= n;
    }
    return in.read() == -1;
  }
}
