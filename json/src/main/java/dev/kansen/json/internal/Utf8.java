package dev.kansen.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks bytes for well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
 * U+10FFFF) in one pass that copies nothing, so that well-formed input can go to Jackson's byte
 * parser directly instead of through {@link StrictUtf8Reader}.
 */
public final class Utf8 {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  /**
   * @param bytes the input
   * @return whether the bytes are well-formed UTF-8 without a NUL byte: a NUL is never valid in
   *     JSON text, and without one Jackson's encoding detection cannot take the bytes for UTF-16 or
   *     UTF-32
   */
  public static boolean isWellFormedWithoutNul(byte[] bytes) {
    int i = 0;
    int n = bytes.length;
    while (i < n) {
      // eight ASCII bytes at a time: no high bit set and no byte zero
      while (i + Long.BYTES <= n) {
        long word = (long) LONGS.get(bytes, i);
        if (((word | (word - ONES)) & HIGH_BITS) != 0) {
          break;
        }
        i += Long.BYTES;
      }
      if (i >= n) {
        break;
      }
      int b = bytes[i];
      if (b > 0) {
        i++;
        continue;
      }
      if (b == 0) {
        return false;
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
        return false;
      }
      if (i + length > n) {
        return false;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < min || second > max) {
        return false;
      }
      for (int k = 2; k < length; k++) {
        int next = bytes[i + k] & 0xFF;
        if (next < 0x80 || next > 0xBF) {
          return false;
        }
      }
      i += length;
    }
    return true;
  }

  /**
   * @param bytes well-formed or not, UTF-8
   * @return how many UTF-16 characters the bytes decode to, where they are well formed: one per
   *     sequence, two for a sequence of four bytes
   */
  public static long characters(byte[] bytes) {
    long count = 0;
    for (byte b : bytes) {
      if ((b & 0xC0) != 0x80) {
        count += (b & 0xF8) == 0xF0 ? 2 : 1;
      }
    }
    return count;
  }
}
