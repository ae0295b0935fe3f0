package dev.kansen.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly (no replacement characters, no overlong forms, no surrogates), skips a
 * leading byte-order mark, and on a bad byte throws {@link MalformedUtf8Exception} naming the line
 * and column where it occurs.
 */
public final class StrictUtf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean endOfInput;
  private boolean flushed;
  private boolean first = true;
  private long byteOffset;
  private long line = 1;
  private long column = 1;
  /** A one-char read of a character outside the BMP decodes both halves here. */
  private final char[] pair = new char[2];
  private boolean hasPending;
  private char pending;
  /**
   * How reading the stream failed after the last bytes read, an {@code IOException} or the
   * unchecked exception a stream may throw instead: thrown once those bytes are decoded.
   */
  private Exception failure;

  /** @param in the UTF-8 bytes; not closed by this reader */
  public StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (hasPending) {
      hasPending = false;
      buffer[off] = pending;
      return 1;
    }
    if (len == 1) {
      // the decoder cannot write half of a surrogate pair: decode up to two chars, keep the second
      int n = decode(pair, 0, 2);
      if (n < 0) {
        return -1;
      }
      buffer[off] = pair[0];
      if (n == 2) {
        pending = pair[1];
        hasPending = true;
      }
      return 1;
    }
    return decode(buffer, off, len);
  }

  private int decode(char[] buffer, int off, int len) throws IOException {
    while (!flushed) {
      if (!endOfInput && failure == null && bytes.remaining() < 4) {
        fill();
      }
      CharBuffer out = CharBuffer.wrap(buffer, off, len);
      int before = bytes.position();
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      byteOffset += bytes.position() - before;
      if (result.isUnderflow() && endOfInput) {
        result = decoder.flush(out);
        flushed = result.isUnderflow();
      }
      int produced = out.position() - off;
      if (produced > 0) {
        // the byte-order mark is no character of the text: it is not counted
        int n = stripBom(buffer, off, produced);
        count(buffer, off, n);
        if (n > 0) {
          return n;
        }
        continue;
      }
      if (result.isError()) {
        throw new MalformedUtf8Exception(byteOffset, line, column);
      }
      if (failure != null) {
        // every byte read before the failure is decoded
        throwFailure();
      }
    }
    return -1;
  }

  private int stripBom(char[] buffer, int off, int produced) {
    if (first) {
      first = false;
      if (buffer[off] == '\uFEFF') {
        System.arraycopy(buffer, off + 1, buffer, off, produced - 1);
        return produced - 1;
      }
    }
    return produced;
  }

  private void count(char[] buffer, int off, int produced) {
    for (int i = off; i < off + produced; i++) {
      if (buffer[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
  }

  /**
   * Fills the buffer up to its end or the stream's, whatever pieces the stream hands out: where
   * Jackson finds a string or name too long, and the length it names, depends on the pieces of text
   * it is given, which are then those of the bytes alone. How reading the stream failed is kept, and
   * thrown once every byte read before it, those left from the fill before included, is decoded.
   */
  private void fill() {
    bytes.compact();
    try {
      while (bytes.hasRemaining()) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          endOfInput = true;
          break;
        }
        bytes.position(bytes.position() + n);
      }
    } catch (IOException | RuntimeException e) {
      failure = e;
    } finally {
      bytes.flip();
    }
  }

  /** Throws how reading the stream failed, once: reading on reads the stream again. */
  private void throwFailure() throws IOException {
    Exception e = failure;
    failure = null;
    StreamBytes.rethrow(e);
  }

  @Override
  public void close() {
    // the caller owns the stream
  }

  /** Invalid UTF-8 in the input, at a known place. */
  public static final class MalformedUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;
    private final long byteOffset;
    private final long line;
    private final long column;

    MalformedUtf8Exception(long byteOffset, long line, long column) {
      super("The input is not valid UTF-8: bad byte sequence at byte " + byteOffset
          + " (line " + line + ", column " + column + ")");
      this.byteOffset = byteOffset;
      this.line = line;
      this.column = column;
    }

    /** @return the offset of the bad byte, from 0 */
    public long byteOffset() {
      return byteOffset;
    }

    /** @return the line of the bad byte, from 1 */
    public long line() {
      return line;
    }

    /** @return the column of the bad byte, from 1 */
    public long column() {
      return column;
    }
  }
}
