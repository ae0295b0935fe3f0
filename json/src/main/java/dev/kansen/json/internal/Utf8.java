package dev.kansen.json.internal;

import java.nio.charset.StandardCharsets;

/**
 * Checks bytes for well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF) in one pass that copies nothing, so that well-formed input can go to Jackson's byte
 * parser directly instead of through {@link StrictUtf8Reader}.
 */
public final class Utf8 {
  private static final long ONES = Words.ONES;
  private static final long HIGH_BITS = Words.HIGH_BITS;
  private static final long BACKSLASHES = Words.repeated('\\');

  private Utf8() {}

  /**
   * @param bytes the input
   * @return whether the bytes are well-formed UTF-8 without a NUL byte: a NUL is never valid in
   *     JSON text, and without one Jackson's encoding detection cannot take the bytes for UTF-16 or
   *     UTF-32
   */
  public static boolean isWellFormedWithoutNul(byte[] bytes) {
    return scan(bytes) != MALFORMED;
  }

  /**
   * Encodes a text in UTF-8, so that it can be read by Jackson's byte parser, much faster than
   * through a {@code Reader}.
   *
   * @param text a text
   * @return its UTF-8 bytes; null when it holds half of a surrogate pair alone, which UTF-8 cannot
   *     encode ({@link String#getBytes} would put a question mark in its place)
   */
  public static byte[] encode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    // getBytes writes a question mark for a surrogate alone: bytes without one come from a text without one
    return Words.indexOf(bytes, 0, bytes.length, '?') == bytes.length || Surrogates.unpaired(text) < 0 ? bytes : null;
  }

  /** What {@link #scan} found: bytes that are not well-formed UTF-8 or hold a NUL byte. */
  public static final int MALFORMED = -1;
  /** What {@link #scan} found: well-formed UTF-8 without a NUL byte, and no escaped surrogate. */
  public static final int WELL_FORMED = 0;
  /**
   * What {@link #scan} found: well-formed UTF-8 without a NUL byte that may hold a JSON escape of
   * half a surrogate pair (<code>&#92;uD800</code> to <code>&#92;uDFFF</code>).
   */
  public static final int SURROGATE_ESCAPES = 1;

  /**
   * Checks the bytes as {@link #isWellFormedWithoutNul} does and, in the same pass, looks for the
   * text <code>&#92;u</code> followed by {@code D} and one of {@code 8} to {@code F} (either case). Only
   * such an escape can put half of a surrogate pair into a string that JSON text decoded from
   * well-formed UTF-8 holds, so a document without one needs no search for unpaired surrogates.
   * The look is on the raw bytes, so an escaped backslash before such a text counts too: a
   * document may be searched without need, never the other way round.
   *
   * @param bytes the input
   * @return {@link #MALFORMED}, {@link #WELL_FORMED} or {@link #SURROGATE_ESCAPES}
   */
  public static int scan(byte[] bytes) {
    int found = WELL_FORMED;
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      // eight ASCII bytes at a time: no high bit set, no byte zero and no backslash
      while (i + Long.BYTES <= n) {
        long word = Words.at(bytes, i);
        long backslashes = word ^ BACKSLASHES;
        if ((((word | (word - ONES)) | ((backslashes - ONES) & ~backslashes)) & HIGH_BITS) != 0) {
          break;
        }
        i += Long.BYTES;
      }
      if (i >= n) {
        break;
      }
      int b = bytes[i];
      if (b > 0) {
        if (b == '\\' && surrogateEscape(bytes, i)) {
          found = SURROGATE_ESCAPES;
        }
        i++;
        continue;
      }
      if (b == 0) {
        return MALFORMED;
      }
      int lead = b & 0xFF;
      int length;
      int min = 0x80;
      int max = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        min = lead == 0xE0 ? 0xA0 : 0x80;
        max = lead == 0xED ? 0x9F : 0xBF;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        min = lead == 0xF0 ? 0x90 : 0x80;
        max = lead == 0xF4 ? 0x8F : 0xBF;
      } else {
        return MALFORMED;
      }
      if (i + length > n) {
        return MALFORMED;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < min || second > max) {
        return MALFORMED;
      }
      for (int k = 2; k < length; k++) {
        int next = bytes[i + k] & 0xFF;
        if (next < 0x80 || next > 0xBF) {
          return MALFORMED;
        }
      }
      i += length;
    }
    return found;
  }

  /** @return whether the backslash at {@code i} starts the text of an escaped surrogate half */
  private static boolean surrogateEscape(byte[] bytes, int i) {
    return i + 3 < bytes.length && bytes[i + 1] == 'u' && (bytes[i + 2] | 0x20) == 'd'
        && isSurrogateSecondDigit(bytes[i + 3]);
  }

  private static boolean isSurrogateSecondDigit(byte b) {
    int lower = b | 0x20;
    return b == '8' || b == '9' || (lower >= 'a' && lower <= 'f');
  }

  /**
   * @param bytes well-formed or not, UTF-8
   * @return how many UTF-16 characters the bytes decode to, where they are well formed: one per
   *     sequence, two for a sequence of four bytes
   */
  public static long characters(byte[] bytes) {
    return characters(bytes, 0, bytes.length);
  }

  /**
   * @param bytes well-formed or not, UTF-8
   * @param from the first byte counted
   * @param to the byte after the last counted
   * @return how many UTF-16 characters those bytes decode to, as {@link #characters(byte[])} counts
   */
  public static long characters(byte[] bytes, int from, int to) {
    long count = 0;
    for (int i = from; i < to; i++) {
      byte b = bytes[i];
      if ((b & 0xC0) != 0x80) {
        count += (b & 0xF8) == 0xF0 ? 2 : 1;
      }
    }
    return count;
  }

  /**
   * @param bytes a document in UTF-8, well-formed or not
   * @param maxCharacters the most characters the document may span
   * @return whether the document spans more characters, as {@link #characters(byte[])} counts them
   *     and a leading byte-order mark not counted (it is no character of the document, as reading
   *     its text or a stream of it does not count it); counted only when it has more bytes than that
   */
  public static boolean documentLongerThan(byte[] bytes, long maxCharacters) {
    return bytes.length > maxCharacters
        && characters(bytes) - (startsWithByteOrderMark(bytes) ? 1 : 0) > maxCharacters;
  }

  /** @return whether the bytes start with UTF-8's byte-order mark, {@code EF BB BF} */
  public static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }
}
