package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The writer checks for duplicate names only among kept unknown properties (the property tables'
 * names are unique by construction): a kept name that shadows a known property, or a name repeated
 * inside a kept value, is refused before anything is written; distinct names are written.
 */
class WriterDuplicatesTest {
  private static final Programme P = KansenJson.strict().read("{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\","
      + "\"alliance\":{\"name\":\"A\"},\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"}}");

  @Test
  void aKeptNameShadowingAKnownPropertyIsRefusedAndNothingIsWritten() {
    Programme shadowing = Programme.builder().from(P).putUnknownProperties("period", "{}").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KansenJson.lenient().writeCompact(shadowing, out));
    assertTrue(e.getMessage().contains("Duplicate field 'period'"), e::getMessage);
    assertEquals(0, out.size());
  }

  @Test
  void aNameRepeatedInsideAKeptValueIsRefused() {
    Programme repeated = Programme.builder().from(P).putUnknownProperties("x-extra", "{\"a\":{\"b\":1,\"b\":2}}").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KansenJson.lenient().write(repeated));
    assertTrue(e.getMessage().contains("Duplicate field 'b'"), e::getMessage);
  }

  @Test
  void distinctKeptNamesAreWrittenAfterTheKnownOnesAndReadBack() {
    Programme kept = Programme.builder().from(P).putUnknownProperties("x-b", "{\"a\":1,\"b\":[{\"a\":2}]}")
        .putUnknownProperties("x-a", "2").build();
    String json = KansenJson.lenient().writeCompact(kept);
    assertTrue(json.endsWith(",\"x-a\":2,\"x-b\":{\"a\":1,\"b\":[{\"a\":2}]}}"), json);
    assertEquals(kept, KansenJson.lenient().read(json));
  }
}
