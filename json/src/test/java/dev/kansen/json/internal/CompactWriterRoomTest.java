package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compact writer reserves the room each value needs before it writes it: every value here is
 * written into an array that holds exactly what was written before it, so the array grows to
 * exactly the room reserved (the doubling of a larger array would hide a reservation too small),
 * and the bytes must be Jackson's. Long texts of one-, two- and three-byte characters, escapes
 * and surrogate pairs take the most room a character can.
 */
class CompactWriterRoomTest {
  private static final JsonFactories.Limits LIMITS = new JsonFactories.Limits(64, 1_000_000, 100, 16L << 20);
  private static final int LONG = 20_000;

  @FunctionalInterface
  private interface Value {
    void compact(CompactWriter w) throws CompactWriter.GiveUp;
  }

  @FunctionalInterface
  private interface Generated {
    void write(JsonGenerator g) throws IOException;
  }

  /** Writes a value after a first element (so with a comma) and alone, each into an array full to its end. */
  private static void sameAsJackson(Value value, Generated generated) throws Exception {
    for (boolean afterAnother : List.of(false, true)) {
      CompactWriter w = new CompactWriter(new byte[1], LIMITS.maxStringLength(), LIMITS.maxNameLength(),
          LIMITS.maxNumberLength(), LIMITS.maxNestingDepth());
      w.startArray();
      if (afterAnother) {
        w.number(7);
      }
      // the array now holds exactly what was written: the next value's room is reserved from nothing
      CompactWriter full = new CompactWriter(Arrays.copyOf(w.buffer(), w.length()), LIMITS.maxStringLength(),
          LIMITS.maxNameLength(), LIMITS.maxNumberLength(), LIMITS.maxNestingDepth());
      full.startArray();
      if (afterAnother) {
        full.number(7);
      }
      value.compact(full);
      full.endArray();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator g = JsonFactories.of(LIMITS, -1).createGenerator(out)) {
        g.writeStartArray();
        if (afterAnother) {
          g.writeNumber(7);
        }
        generated.write(g);
        g.writeEndArray();
      }
      assertArrayEquals(out.toByteArray(), Arrays.copyOf(full.buffer(), full.length()),
          afterAnother ? "after another element" : "alone");
    }
  }

  @Test
  void longTextsOfEachWidthOfCharacterFitTheRoomReservedForThem() throws Exception {
    for (String text : List.of("a".repeat(LONG), "é".repeat(LONG), "€".repeat(LONG), "\u0001".repeat(LONG),
        "\"".repeat(LONG), "😀".repeat(LONG / 2), "a€é\u0001😀\n".repeat(LONG / 6), "€".repeat(LONG) + "\u0001",
        "\u0001" + "€".repeat(LONG), "😀" + "€".repeat(LONG), "€".repeat(LONG) + "😀")) {
      sameAsJackson(w -> w.string(text), g -> g.writeString(text));
    }
  }

  @Test
  void shortValuesFitTheRoomReservedForThem() throws Exception {
    sameAsJackson(w -> w.date(LocalDate.of(2024, 2, 29)), g -> g.writeString("2024-02-29"));
    sameAsJackson(w -> w.schoolYear(2023), g -> g.writeString("2023-2024"));
    sameAsJackson(w -> w.number(Long.MIN_VALUE), g -> g.writeNumber(Long.MIN_VALUE));
    sameAsJackson(w -> w.number(Long.MAX_VALUE), g -> g.writeNumber(Long.MAX_VALUE));
    sameAsJackson(w -> w.number(-1), g -> g.writeNumber(-1));
    sameAsJackson(w -> w.bool(false), g -> g.writeBoolean(false));
    sameAsJackson(w -> w.bool(true), g -> g.writeBoolean(true));
    BigDecimal decimal = new BigDecimal(BigInteger.TEN.pow(90).negate(), 7);
    sameAsJackson(w -> w.decimal(decimal, Values.MAX_SCALE), g -> g.writeNumber(decimal));
    sameAsJackson(w -> w.decimalText("123456.78"), g -> g.writeString("123456.78"));
    byte[] quoted = CompactWriter.quoted("€uro");
    sameAsJackson(w -> w.quotedString(quoted, 4), g -> g.writeString("€uro"));
    sameAsJackson(w -> {
      w.startObject();
      w.name(CompactWriter.nameBytes("€".repeat(300)), 300);
      w.number(1);
      w.endObject();
    }, g -> {
      g.writeStartObject();
      g.writeFieldName("€".repeat(300));
      g.writeNumber(1);
      g.writeEndObject();
    });
  }
}
