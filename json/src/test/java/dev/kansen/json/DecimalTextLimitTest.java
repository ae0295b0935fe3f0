package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.validation.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A decimal written as a string (an amount of money) is limited like a JSON number: a text of
 * exactly the maximum number length is read, one character more is an invalid number.
 */
class DecimalTextLimitTest {
  private static final int LIMIT = 30;
  private static final KansenJson JSON = KansenJson.builder().maxNumberLength(LIMIT).build();

  private static String document(String amount) {
    return "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
        + "\"grants\":[{\"id\":\"g\",\"funder\":\"f\",\"recipient\":\"r\",\"amount\":{\"amount\":\"" + amount
        + "\",\"currency\":\"EUR\"}}]}";
  }

  @Test
  void anAmountOfExactlyTheLongestNumberIsRead() {
    String amount = "1".repeat(LIMIT - 3) + ".00";
    assertEquals(LIMIT, amount.length());
    assertEquals(new BigDecimal(amount), JSON.read(document(amount)).grants().get(0).amount().orElseThrow().amount());
    assertEquals(new BigDecimal(amount),
        JSON.read(document(amount).getBytes(StandardCharsets.UTF_8)).grants().get(0).amount().orElseThrow().amount());
  }

  @Test
  void anAmountOneCharacterLongerIsAnInvalidNumber() {
    String amount = "1".repeat(LIMIT - 2) + ".00";
    for (Runnable read : List.<Runnable>of(() -> JSON.read(document(amount)),
        () -> JSON.read(document(amount).getBytes(StandardCharsets.UTF_8)))) {
      List<Violation> violations = assertThrows(KansenJsonException.class, read::run).violations();
      assertEquals(1, violations.size(), violations::toString);
      assertEquals("INVALID_NUMBER", violations.get(0).code());
      assertEquals(Optional.of("plain"), violations.get(0).variant());
      assertEquals("/grants/0/amount/amount", violations.get(0).path().toString());
    }
  }
}
