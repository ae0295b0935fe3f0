package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compact writer writes the bytes Jackson's generator writes for the same values (every
 * character, escapes and UTF-8 included; integers at their extremes; dates; decimals), and gives
 * up, rather than writing, wherever the limited generator would refuse.
 */
class CompactWriterTest {
  private static final JsonFactories.Limits LIMITS = new JsonFactories.Limits(64, 1_000_000, 100, 16L << 20);

  @FunctionalInterface
  private interface Generating {
    void write(JsonGenerator g) throws IOException;
  }

  @FunctionalInterface
  private interface Compact {
    void write(CompactWriter w) throws CompactWriter.GiveUp;
  }

  private static byte[] jackson(Generating writing) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JsonFactories.of(LIMITS, -1).createGenerator(out)) {
      writing.write(g);
    }
    return out.toByteArray();
  }

  private static byte[] compact(Compact writing) throws CompactWriter.GiveUp {
    return compact(writer(LIMITS.maxStringLength(), LIMITS.maxNameLength(), LIMITS.maxNumberLength(), 64), writing);
  }

  private static CompactWriter writer(int maxString, int maxName, int maxNumber, int maxDepth) {
    // a small first block, so that the tests grow it too
    return new CompactWriter(new byte[8], maxString, maxName, maxNumber, maxDepth);
  }

  private static byte[] compact(CompactWriter w, Compact writing) throws CompactWriter.GiveUp {
    writing.write(w);
    return Arrays.copyOf(w.buffer(), w.length());
  }

  @Test
  void everyCharacterIsWrittenAsJacksonWritesIt() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MIN_SURROGATE; c++) {
      all.append(c);
    }
    for (int c = Character.MAX_SURROGATE + 1; c <= 0xFFFF; c++) {
      all.append((char) c);
    }
    // pairs: the first and last supplementary characters, and an emoji
    all.appendCodePoint(0x10000).appendCodePoint(0x10FFFF).appendCodePoint(0x1F600);
    String text = all.toString();
    assertArrayEquals(jackson(g -> g.writeString(text)), compact(w -> w.string(text)));
    // each character alone too, and within ASCII, where a run of plain characters breaks
    for (int c = 0; c < 0x900; c++) {
      String one = "a" + (char) c + "b";
      if (!Character.isSurrogate((char) c)) {
        assertArrayEquals(jackson(g -> g.writeString(one)), compact(w -> w.string(one)), "U+" + Integer.toHexString(c));
      }
    }
  }

  @Test
  void objectsArraysNamesAndScalarsAreWrittenAsJacksonWritesThem() throws Exception {
    List<Long> numbers = List.of(0L, 1L, -1L, 9L, 10L, 99L, 100L, 123_456_789L, (long) Integer.MAX_VALUE,
        (long) Integer.MIN_VALUE, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE);
    BigDecimal decimal = new BigDecimal("-12.3400");
    BigDecimal exponent = new BigDecimal("1E+3");
    byte[] expected = jackson(g -> {
      g.writeStartObject();
      g.writeFieldName("n");
      g.writeStartArray();
      for (long n : numbers) {
        g.writeNumber(n);
      }
      g.writeEndArray();
      g.writeFieldName("é\"x");
      g.writeStartArray();
      g.writeBoolean(true);
      g.writeBoolean(false);
      g.writeNumber(decimal.toString());
      g.writeNumber(exponent.toString());
      g.writeString("2023-2024");
      g.writeString("0001-02-03");
      g.writeString(new SerializedString("CONSTANT"));
      g.writeStartObject();
      g.writeEndObject();
      g.writeStartArray();
      g.writeEndArray();
      g.writeEndArray();
      g.writeEndObject();
    });
    byte[] written = compact(w -> {
      w.startObject();
      w.name(CompactWriter.nameBytes("n"), 1);
      w.startArray();
      for (long n : numbers) {
        w.number(n);
      }
      w.endArray();
      w.name(CompactWriter.nameBytes("é\"x"), 3);
      w.startArray();
      w.bool(true);
      w.bool(false);
      w.decimal(decimal, Values.MAX_SCALE);
      w.decimal(exponent, Values.MAX_SCALE);
      w.schoolYear(2023);
      w.date(LocalDate.of(1, 2, 3));
      w.quotedString(CompactWriter.quoted("CONSTANT"), 8);
      w.startObject();
      w.endObject();
      w.startArray();
      w.endArray();
      w.endArray();
      w.endObject();
    });
    assertEquals(new String(expected, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8));
  }

  @Test
  void itGivesUpWhereTheLimitedGeneratorRefuses() {
    // each limit at exactly what is written is kept; one less gives up
    assertGivesUp(writer(3, 10, 10, 10), w -> w.string("abcd"));
    assertGivesUp(writer(10, 10, 10, 10), w -> w.string("a\uD800b"));
    assertGivesUp(writer(10, 10, 10, 10), w -> w.string("a\uDC00\uD800"));
    assertGivesUp(writer(10, 10, 10, 10), w -> w.string("ab\uD800"));
    assertGivesUp(writer(10, 3, 10, 10), w -> w.name(CompactWriter.nameBytes("abcd"), 4));
    assertGivesUp(writer(3, 10, 10, 10), w -> w.quotedString(CompactWriter.quoted("abcd"), 4));
    assertGivesUp(writer(10, 10, 3, 10), w -> w.decimal(new BigDecimal("1.00"), 1000));
    assertGivesUp(writer(10, 10, 10, 10), w -> w.decimal(new BigDecimal("1E+1001"), 1000));
    assertGivesUp(writer(10, 10, 3, 10), w -> w.decimalText("1.00"));
    assertGivesUp(writer(3, 10, 10, 10), w -> w.decimalText("1.00"));
    assertGivesUp(writer(10, 10, 10, 10), w -> w.date(LocalDate.of(10_000, 1, 1)));
    assertGivesUp(writer(10, 10, 10, 10), w -> w.date(LocalDate.of(-1, 1, 1)));
    assertGivesUp(writer(9, 10, 10, 10), w -> w.date(LocalDate.of(2000, 1, 1)));
    assertGivesUp(writer(8, 10, 10, 10), w -> w.schoolYear(2000));
    assertGivesUp(writer(10, 10, 10, 2), w -> {
      w.startObject();
      w.name(CompactWriter.nameBytes("a"), 1);
      w.startArray();
      w.startArray();
    });
  }

  @Test
  void atItsLimitsItWrites() throws Exception {
    assertEquals("[\"abcd\",{\"abcd\":1.00},\"1.00\",\"2000-01-01\",\"2000-2001\"]", new String(compact(writer(10, 4, 4, 2), w -> {
      w.startArray();
      w.string("abcd");
      w.startObject();
      w.name(CompactWriter.nameBytes("abcd"), 4);
      w.decimal(new BigDecimal("1.00"), 2);
      w.endObject();
      w.decimalText("1.00");
      w.date(LocalDate.of(2000, 1, 1));
      w.schoolYear(2000);
      w.endArray();
    }), StandardCharsets.UTF_8));
  }

  private static void assertGivesUp(CompactWriter w, Compact writing) {
    assertThrows(CompactWriter.GiveUp.class, () -> writing.write(w));
  }
}
