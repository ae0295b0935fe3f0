package dev.kansen.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time: the word of a byte array at an index, and the tests of its bytes that
 * the scans of documents and lines share.
 */
final class Words {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** Each byte 1. */
  static final long ONES = 0x0101010101010101L;
  /** Each byte's high bit. */
  static final long HIGH_BITS = 0x8080808080808080L;

  private Words() {}

  /** @return the eight bytes from {@code index} on, the first the lowest */
  static long at(byte[] bytes, int index) {
    return (long) LONGS.get(bytes, index);
  }

  /** @return a word of eight times the byte */
  static long repeated(char ascii) {
    return ONES * ascii;
  }

  /**
   * @param word a word of bytes
   * @param repeated a byte {@link #repeated} eight times
   * @return whether a byte of the word is that byte: xor-ed with it, that byte is zero
   */
  static boolean holds(long word, long repeated) {
    long x = word ^ repeated;
    return ((x - ONES) & ~x & HIGH_BITS) != 0;
  }

  /**
   * @param bytes the bytes
   * @param from the first index searched
   * @param to the index after the last searched
   * @param ascii the byte sought, below 0x80
   * @return the first index from {@code from} on of that byte, or {@code to} when there is none
   */
  static int indexOf(byte[] bytes, int from, int to, char ascii) {
    long repeated = repeated(ascii);
    int i = from;
    while (i + Long.BYTES <= to && !holds(at(bytes, i), repeated)) {
      i += Long.BYTES;
    }
    while (i < to && bytes[i] != ascii) {
      i++;
    }
    return i;
  }
}
