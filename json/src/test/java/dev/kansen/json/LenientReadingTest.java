package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Programme;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lenient reading keeps what a newer version wrote; strict reading names it. */
class LenientReadingTest {
  private static final String NEWER = """
      {
        "formatVersion": "1.3",
        "zeta": [1, 2.50, {"b": null}],
        "id": "p",
        "title": "T",
        "alliance": {"name": "A", "region": "Zuid"},
        "period": {"start": "2020-01-01", "end": "2020-12-31"},
        "partners": [{"id": "x", "name": "X", "type": "LIBRARY", "website": "https://example.org", "alpha": -1.5e3}]
      }
      """;

  @Test
  void lenientReaderKeepsUnknownPropertiesOfEveryEntityAsCompactJson() {
    Programme p = KansenJson.lenient().read(NEWER);
    assertEquals(Map.of("zeta", "[1,2.50,{\"b\":null}]"), p.unknownProperties());
    assertEquals(Map.of("region", "\"Zuid\""), p.alliance().unknownProperties());
    assertEquals(Map.of("alpha", "-1.5e3", "website", "\"https://example.org\""), p.partners().get(0).unknownProperties());
  }

  @Test
  void unknownPropertiesAreWrittenBackAfterTheKnownOnesInNameOrder() {
    String written = KansenJson.lenient().write(KansenJson.lenient().read(NEWER));
    assertTrue(written.indexOf("\"alpha\"") > written.indexOf("\"type\""), written);
    assertTrue(written.indexOf("\"alpha\"") < written.indexOf("\"website\""), written);
    assertTrue(written.indexOf("\"zeta\"") > written.indexOf("\"partners\""), written);
    assertTrue(written.contains("-1.5e3") && written.contains("2.50"), "numbers keep their exact text: " + written);
    assertEquals(written, KansenJson.lenient().write(KansenJson.lenient().read(written)));
  }

  @Test
  void strictReaderRefusesANewerMinorVersionAndNamesTheWayOut() {
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> KansenJson.strict().read(NEWER));
    assertEquals(1, e.violations().size());
    assertEquals("UNSUPPORTED_FORMAT_VERSION", e.violations().get(0).code());
    assertTrue(e.violations().get(0).message().contains("lenient"), e::getMessage);
  }

  @Test
  void strictReaderNamesEveryUnknownPropertyWithItsPath() {
    KansenJsonException e = assertThrows(KansenJsonException.class,
        () -> KansenJson.strict().read(NEWER.replace("\"1.3\"", "\"1.0\"")));
    assertEquals(java.util.List.of("/alliance/region", "/partners/0/alpha", "/partners/0/website", "/zeta"),
        e.violations().stream().map(v -> v.path().toString()).toList());
    assertTrue(e.violations().stream().allMatch(v -> v.code().equals("UNKNOWN_PROPERTY")));
  }

  @Test
  void aNewerMajorVersionIsRefusedEvenLeniently() {
    KansenJsonException e = assertThrows(KansenJsonException.class,
        () -> KansenJson.lenient().read(NEWER.replace("\"1.3\"", "\"2.0\"")));
    assertEquals("UNSUPPORTED_FORMAT_VERSION", e.violations().get(0).code());
    assertTrue(e.getMessage().contains("upgrade"), e::getMessage);
  }

  @Test
  void writingRefusesUnknownValuesThatAreNotJsonOrThatShadowAKnownProperty() {
    Programme p = KansenJson.strict().read("{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
        + "\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"}}");
    Programme broken = Programme.builder().from(p).putUnknownProperties("extra", "{not json").build();
    assertThrows(IllegalArgumentException.class, () -> KansenJson.strict().write(broken));
    Programme shadowing = Programme.builder().from(p).putUnknownProperties("title", "\"Other\"").build();
    assertThrows(IllegalArgumentException.class, () -> KansenJson.strict().write(shadowing));
  }
}
