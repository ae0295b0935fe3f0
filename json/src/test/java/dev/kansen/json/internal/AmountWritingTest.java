package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Amounts are written in plain notation whichever of BigDecimal's spellings the writer uses. */
class AmountWritingTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static String written(BigDecimal amount) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      ValueCodecs.writeAmount(g, amount);
    }
    return out.toString();
  }

  private static void assertPlain(BigDecimal amount) throws IOException {
    assertEquals("\"" + amount.toPlainString() + "\"", written(amount), () -> "unscaled "
        + amount.unscaledValue() + ", scale " + amount.scale());
  }

  @Test
  void theBordersOfScientificNotation() throws IOException {
    for (String unscaled : new String[] {"0", "1", "-1", "7", "12", "-12345", "999999", "1000000"}) {
      for (int scale = -12; scale <= 12; scale++) {
        assertPlain(new BigDecimal(new BigInteger(unscaled), scale));
      }
    }
  }

  @Test
  void theSpellingsMadeByToStringBeforeAreStillPlain() throws IOException {
    // toString keeps what it made; an amount whose toString has an exponent is still written plainly
    BigDecimal small = new BigDecimal("1E-7");
    assertEquals("1E-7", small.toString());
    assertPlain(small);
    BigDecimal large = new BigDecimal("1.5E+3");
    assertEquals("1.5E+3", large.toString());
    assertPlain(large);
  }

  @Test
  void randomAmounts() throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 20_000; i++) {
      BigInteger unscaled = BigInteger.valueOf(random.nextLong()).shiftRight(random.nextInt(64));
      if (random.nextInt(10) == 0) {
        unscaled = unscaled.multiply(unscaled).add(BigInteger.ONE);
      }
      assertPlain(new BigDecimal(unscaled, random.nextInt(-20, 30)));
    }
  }
}
