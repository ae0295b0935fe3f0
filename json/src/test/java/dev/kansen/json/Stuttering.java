package dev.kansen.json;

import java.io.ByteArrayInputStream;

/**
 * A stream that hands out at most 64 bytes a read, and none on every other read, as a stream may
 * where a read asks for bytes not yet there: every reader must read it to its end all the same.
 */
final class Stuttering extends ByteArrayInputStream {
  private boolean nothing;

  Stuttering(byte[] bytes) {
    super(bytes);
  }

  @Override
  public synchronized int read(byte[] b, int off, int len) {
    nothing = !nothing;
    return nothing && len > 0 && pos < count ? 0 : super.read(b, off, Math.min(len, 64));
  }
}
