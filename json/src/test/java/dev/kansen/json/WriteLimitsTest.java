package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What kansen writes, kansen reads back with the same limits: the writer refuses a value beyond
 * the reader's limits, naming its path and the limit, and writes nothing (issue 9, item 10).
 */
class WriteLimitsTest {
  private static Programme golden() {
    return KansenJson.strict().read(TestResources.bytes(TestResources.resources("golden").resolve("den-bosch-2021.json")));
  }

  private static String refused(KansenJson json, Programme programme) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.write(programme));
    assertThrows(IllegalArgumentException.class, () -> json.writeCompact(programme));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(IllegalArgumentException.class, () -> {
      try (ProgrammeSequenceWriter lines = json.writeLines(out)) {
        lines.write(programme);
      }
    });
    assertEquals(0, out.size(), "nothing of the refused programme is written");
    return e.getMessage();
  }

  @Test
  void aSchoolNameOfTwoMillionCharactersIsRefusedWithItsPathAndTheLimit() {
    Programme p = golden();
    List<Partner> partners = new ArrayList<>(p.partners());
    partners.set(1, Partner.builder().from(partners.get(1)).name("x".repeat(2_000_000)).build());
    String message = refused(KansenJson.strict(), Programme.builder().from(p).partners(partners).build());
    assertTrue(message.contains("\"/partners/1/name\""), message);
    assertTrue(message.contains("2000000"), message);
    assertTrue(message.contains("1000000"), message);
  }

  @Test
  void aStringAtTheLimitIsWrittenAndReadBack() {
    Programme p = Programme.builder().from(golden()).title("t".repeat(1_000_000)).build();
    assertEquals(p, KansenJson.strict().read(KansenJson.strict().write(p)));
  }

  @Test
  void theLimitsAreThoseOfTheInstanceThatWrites() {
    Programme p = Programme.builder().from(golden()).title("t".repeat(5_000)).build();
    String message = refused(KansenJson.builder().maxStringLength(4_000).build(), p);
    assertTrue(message.contains("\"/title\"") && message.contains("4000"), message);
  }

  @Test
  void anUnknownPropertyNestedDeeperThanTheLimitIsRefused() {
    Map<String, String> unknown = new TreeMap<>();
    unknown.put("deep", "[".repeat(70) + "]".repeat(70));
    Programme p = Programme.builder().from(golden()).unknownProperties(unknown).build();
    String message = refused(KansenJson.lenient(), p);
    assertTrue(message.contains("\"/deep/0/0"), message);
    assertTrue(message.contains("maximum of 64"), message);
  }

  @Test
  void anUnknownNumberLongerThanTheLimitIsRefused() {
    Map<String, String> unknown = new TreeMap<>();
    unknown.put("n", "[1, " + "9".repeat(101) + "]");
    String message = refused(KansenJson.lenient(), Programme.builder().from(golden()).unknownProperties(unknown).build());
    assertTrue(message.contains("\"/n/1\"") && message.contains("maximum of 100"), message);
  }

  @Test
  void aDocumentLongerThanTheDocumentLimitIsRefused() {
    KansenJson small = KansenJson.builder().maxDocumentLength(2_000).build();
    String message = refused(small, golden());
    assertTrue(message.contains("maximum of 2000"), message);
  }

  @Test
  void aDocumentOfExactlyTheLimitIsWrittenAndOneByteOverIsRefused() {
    Programme p = golden();
    int pretty = KansenJson.strict().write(p).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    int compact = KansenJson.strict().writeCompact(p).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    assertEquals(KansenJson.strict().write(p), KansenJson.builder().maxDocumentLength(pretty).build().write(p));
    assertThrows(IllegalArgumentException.class, () -> KansenJson.builder().maxDocumentLength(pretty - 1).build().write(p));
    assertEquals(KansenJson.strict().writeCompact(p), KansenJson.builder().maxDocumentLength(compact).build().writeCompact(p));
    assertThrows(IllegalArgumentException.class,
        () -> KansenJson.builder().maxDocumentLength(compact - 1).build().writeCompact(p));
  }
}
