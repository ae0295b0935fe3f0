package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lean pass of {@code read(byte[])} builds no pointers and finds duplicate properties itself
 * (the strict reader's Jackson parser checks none on that pass); every problem it meets is reported
 * exactly as the diagnostic pass of a stream reports it.
 */
class LeanPassTest {
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
      + "\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"}";

  private static List<Violation> fromBytes(KansenJson json, String document) {
    return assertThrows(KansenJsonException.class, () -> json.read(document.getBytes(StandardCharsets.UTF_8))).violations();
  }

  private static List<Violation> fromStream(KansenJson json, String document) {
    return assertThrows(KansenJsonException.class,
        () -> json.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)))).violations();
  }

  @Test
  void duplicatePropertiesAtEveryDepthAreReportedAsFromAStream() {
    for (String document : List.of(
        HEAD + ",\"id\":\"q\"}",
        HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"A\",\"type\":\"PRIMARY_SCHOOL\",\"name\":\"B\"}]}",
        HEAD + ",\"grants\":[{\"id\":\"g\",\"funder\":\"a\",\"recipient\":\"a\",\"period\":{\"start\":\"2020-01-01\","
            + "\"end\":\"2020-12-31\"},\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\",\"amount\":\"2.00\"}}]}")) {
      for (KansenJson json : List.of(KansenJson.strict(), KansenJson.lenient())) {
        List<Violation> violations = fromBytes(json, document);
        assertEquals(fromStream(json, document), violations, document);
        assertEquals("DUPLICATE_PROPERTY", violations.get(violations.size() - 1).code(), document);
      }
    }
  }

  @Test
  void aFailureDeepInsideAListIsReportedWithItsFullPointer() {
    String document = HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"A\",\"type\":\"PRIMARY_SCHOOL\"},"
        + "{\"id\":\"b\",\"name\":\"B\",\"type\":\"PRIMARY_SCHOOL\",\"identifiers\":[{\"scheme\":\"KVK\",\"value\":\"x\"}]}]}";
    List<Violation> violations = fromBytes(KansenJson.strict(), document);
    assertEquals(fromStream(KansenJson.strict(), document), violations);
    assertEquals("/partners/1/identifiers/0/value", violations.get(0).path().toString(), violations::toString);
  }
}
