package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Grant;
import dev.kansen.model.Money;
import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An amount of money is written as a string but read as a number, limited by the maximum number
 * length: the writer refuses an amount longer than that limit, as it refuses any value the reader
 * with the same limits would refuse, and writes nothing of the programme.
 */
class AmountWithinNumberLimitTest {
  private static final int LIMIT = 30;
  private static final KansenJson JSON = KansenJson.builder().maxNumberLength(LIMIT).build();

  private static Programme withAmount(String amount) {
    Programme p = JSON.read("{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
        + "\"grants\":[{\"id\":\"g\",\"funder\":\"f\",\"recipient\":\"r\",\"amount\":{\"amount\":\"1.00\","
        + "\"currency\":\"EUR\"}}]}");
    Grant grant = Grant.builder().from(p.grants().get(0)).amount(Money.eur(amount)).build();
    return Programme.builder().from(p).grants(List.of(grant)).build();
  }

  @Test
  void anAmountOfTheLongestNumberIsWrittenAndReadBack() {
    Programme p = withAmount("1".repeat(LIMIT - 3) + ".00");
    assertEquals(p, JSON.read(JSON.write(p)));
    assertEquals(p, JSON.read(JSON.writeCompact(p)));
  }

  @Test
  void anAmountLongerThanTheLongestNumberIsRefusedWithItsPathAndWritesNothing() throws Exception {
    Programme p = withAmount("1".repeat(LIMIT - 2) + ".00");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JSON.write(p));
    assertTrue(e.getMessage().contains("\"/grants/0/amount/amount\""), e.getMessage());
    assertTrue(e.getMessage().contains(String.valueOf(LIMIT)), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JSON.writeCompact(p));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ProgrammeSequenceWriter array = JSON.writeArray(out)) {
      assertThrows(IllegalArgumentException.class, () -> array.write(p));
    }
    assertEquals("[]\n", out.toString(java.nio.charset.StandardCharsets.UTF_8));
  }
}
