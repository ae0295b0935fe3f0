package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Alliance;
import dev.kansen.model.Grant;
import dev.kansen.model.Money;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compact form is written straight to bytes, but a programme it cannot write is refused with
 * the message the indented form gives, the same JSON Pointer and limit, and nothing of it reaches
 * a stream: the compact writer gives up and the limited generator refuses.
 */
class CompactRefusalTest {
  private static Programme golden() {
    return KansenJson.strict().read(TestResources.bytes(TestResources.resources("golden").resolve("den-bosch-2021.json")));
  }

  /** @return the compact refusal's message, checked to be the indented one's */
  private static String refusedAlike(KansenJson json, Programme programme) throws Exception {
    String indented = assertThrows(IllegalArgumentException.class, () -> json.write(programme)).getMessage();
    String compact = assertThrows(IllegalArgumentException.class, () -> json.writeCompact(programme)).getMessage();
    assertEquals(indented, compact);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.writeCompact(programme, out));
    assertEquals(indented, e.getMessage());
    try (ProgrammeSequenceWriter lines = json.writeLines(out)) {
      assertEquals(indented, assertThrows(IllegalArgumentException.class, () -> lines.write(programme)).getMessage());
    }
    assertEquals(0, out.size(), "nothing of the refused programme is written");
    return compact;
  }

  @Test
  void anUnpairedSurrogateIsRefusedWithItsPath() throws Exception {
    Programme p = golden();
    List<Partner> partners = new ArrayList<>(p.partners());
    partners.set(2, Partner.builder().from(partners.get(2)).name("Stichting \uD800").build());
    String message = refusedAlike(KansenJson.strict(), Programme.builder().from(p).partners(partners).build());
    assertTrue(message.contains("\"/partners/2/name\"") && message.contains("\\uD800"), message);
  }

  @Test
  void aStringLongerThanTheLimitIsRefusedWithItsPath() throws Exception {
    Programme p = Programme.builder().from(golden()).title("t".repeat(4_001)).build();
    String message = refusedAlike(KansenJson.builder().maxStringLength(4_000).build(), p);
    assertTrue(message.contains("\"/title\"") && message.contains("4001") && message.contains("4000"), message);
  }

  @Test
  void aDateWhoseYearReadingRefusesIsRefusedWithItsPath() throws Exception {
    Programme p = golden();
    Programme launched = Programme.builder().from(p)
        .alliance(Alliance.builder().from(p.alliance()).launched(LocalDate.of(10_000, 1, 1)).build()).build();
    String message = refusedAlike(KansenJson.strict(), launched);
    assertTrue(message.contains("\"/alliance/launched\""), message);
  }

  @Test
  void anAmountLongerThanTheLongestNumberIsRefusedWithItsPath() throws Exception {
    KansenJson json = KansenJson.builder().maxNumberLength(30).build();
    Programme p = json.read("{\"formatVersion\":\"1.1\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
        + "\"grants\":[{\"id\":\"g\",\"funder\":\"f\",\"recipient\":\"r\",\"amount\":{\"amount\":\"1.00\","
        + "\"currency\":\"EUR\"}}]}");
    Grant grant = Grant.builder().from(p.grants().get(0)).amount(Money.eur("1".repeat(28) + ".00")).build();
    String message = refusedAlike(json, Programme.builder().from(p).grants(List.of(grant)).build());
    assertTrue(message.contains("\"/grants/0/amount/amount\""), message);
  }

  @Test
  void aStringOfExactlyTheLimitIsWrittenCompactAndReadBack() {
    // 4,003 characters, the last two a surrogate pair
    Programme p = Programme.builder().from(golden()).title("t".repeat(4_000) + " \uD83D\uDE00").build();
    KansenJson json = KansenJson.builder().maxStringLength(4_003).build();
    String compact = json.writeCompact(p);
    assertEquals(p, json.read(compact.getBytes(StandardCharsets.UTF_8)));
  }
}
