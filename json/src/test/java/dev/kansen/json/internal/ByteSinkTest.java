package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The writer's in-memory document holds every byte written, in order, however the blocks fall. */
class ByteSinkTest {
  private static void assertSame(ByteArrayOutputStream expected, ByteSink sink) throws IOException {
    byte[] bytes = expected.toByteArray();
    assertEquals(bytes.length, sink.size());
    assertArrayEquals(bytes, sink.toByteArray());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    sink.writeTo(out);
    assertArrayEquals(bytes, out.toByteArray());
    assertEquals(new String(bytes, StandardCharsets.UTF_8), sink.utf8());
  }

  @Test
  void anEmptySinkHoldsNothing() throws IOException {
    assertSame(new ByteArrayOutputStream(), new ByteSink(0));
  }

  @Test
  void bytesWithinTheFirstBlock() throws IOException {
    ByteSink sink = new ByteSink(1000);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    byte[] text = "caf\u00e9".getBytes(StandardCharsets.UTF_8);
    sink.write(text, 0, text.length);
    expected.write(text, 0, text.length);
    sink.write('!');
    expected.write('!');
    assertSame(expected, sink);
  }

  @Test
  void singleBytesAcrossManyBlocks() throws IOException {
    ByteSink sink = new ByteSink(1);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    for (int i = 0; i < 40_000; i++) {
      sink.write(i);
      expected.write(i);
    }
    assertSame(expected, sink);
  }

  @Test
  void oneWriteLargerThanAnyBlock() throws IOException {
    ByteSink sink = new ByteSink(300);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    byte[] big = new byte[100_000];
    new SplittableRandom(1).nextBytes(big);
    sink.write(big, 7, big.length - 7);
    expected.write(big, 7, big.length - 7);
    sink.write(big, 0, 3);
    expected.write(big, 0, 3);
    assertSame(expected, sink);
  }

  @Test
  void mixedWritesOfRandomSizes() throws IOException {
    SplittableRandom random = new SplittableRandom(4);
    for (int run = 0; run < 50; run++) {
      ByteSink sink = new ByteSink(random.nextInt(0, 2_000));
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      for (int w = random.nextInt(0, 60); w > 0; w--) {
        if (random.nextBoolean()) {
          int b = random.nextInt(256);
          sink.write(b);
          expected.write(b);
        } else {
          byte[] chunk = new byte[random.nextInt(0, 20_000)];
          random.nextBytes(chunk);
          int offset = chunk.length == 0 ? 0 : random.nextInt(chunk.length);
          sink.write(chunk, offset, chunk.length - offset);
          expected.write(chunk, offset, chunk.length - offset);
        }
      }
      assertSame(expected, sink);
    }
  }
}
