package dev.kansen.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects one written document in memory: a first block sized from the work, then further blocks
 * as needed, never copied while growing. The document leaves it once complete, written to a stream
 * block by block, or copied once into an array or a string.
 */
final class ByteSink extends OutputStream {
  private static final int MORE = 16 * 1024;

  private final List<byte[]> full = new ArrayList<>(2);
  private byte[] current;
  private int position;
  private int size;

  /** @param first the size of the first block */
  ByteSink(int first) {
    current = new byte[Math.max(first, 256)];
  }

  /** @param first the first block, written from its start: a block kept from an earlier document */
  ByteSink(byte[] first) {
    current = first;
  }

  /**
   * @param first the first block, holding a whole document from its start
   * @param length the document's length in bytes
   */
  ByteSink(byte[] first, int length) {
    current = first;
    position = length;
    size = length;
  }

  /** @return the first block, which holds the start of the document */
  byte[] first() {
    return full.isEmpty() ? current : full.get(0);
  }

  @Override
  public void write(int b) {
    if (position == current.length) {
      next(1);
    }
    current[position++] = (byte) b;
    size++;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    size += length;
    while (length > 0) {
      if (position == current.length) {
        next(length);
      }
      int n = Math.min(length, current.length - position);
      System.arraycopy(bytes, offset, current, position, n);
      position += n;
      offset += n;
      length -= n;
    }
  }

  private void next(int wanted) {
    full.add(current);
    current = new byte[Math.max(MORE, wanted)];
    position = 0;
  }

  /** @return the number of bytes written */
  int size() {
    return size;
  }

  /**
   * @param out where to write the bytes, block by block
   * @throws IOException when writing fails
   */
  void writeTo(OutputStream out) throws IOException {
    for (byte[] block : full) {
      out.write(block);
    }
    out.write(current, 0, position);
  }

  /** @return the bytes, copied once */
  byte[] toByteArray() {
    if (full.isEmpty()) {
      return Arrays.copyOf(current, position);
    }
    byte[] all = new byte[size];
    int at = 0;
    for (byte[] block : full) {
      System.arraycopy(block, 0, all, at, block.length);
      at += block.length;
    }
    System.arraycopy(current, 0, all, at, position);
    return all;
  }

  /** @return the bytes decoded as UTF-8 */
  String utf8() {
    return full.isEmpty() ? new String(current, 0, position, StandardCharsets.UTF_8)
        : new String(toByteArray(), StandardCharsets.UTF_8);
  }
}
