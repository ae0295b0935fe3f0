package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** locate() finds where the value at a pointer starts, for messages about validator findings. */
class LocateTest {
  private static final byte[] DOC = TestResources.bytes(TestResources.resources("golden").resolve("den-bosch-2021.json"));

  @Test
  void findsTheRootAPropertyAnArrayElementAndANestedValue() {
    KansenJson json = KansenJson.strict();
    assertEquals(Optional.of(new Position(1, 1)), json.locate(DOC, JsonPointer.root()));
    assertEquals(Optional.of(new Position(3, 9)), json.locate(DOC, JsonPointer.parse("/id")));
    assertEquals(Optional.of(new Position(18, 13)), json.locate(DOC, JsonPointer.parse("/period")));
    assertEquals(Optional.of(new Position(33, 5)), json.locate(DOC, JsonPointer.parse("/partners/1")));
    assertEquals(Optional.of(new Position(36, 15)), json.locate(DOC, JsonPointer.parse("/partners/1/type")));
  }

  @Test
  void nothingForAMissingValueOrBrokenText() {
    KansenJson json = KansenJson.strict();
    assertEquals(Optional.empty(), json.locate(DOC, JsonPointer.parse("/partners/99")));
    assertEquals(Optional.empty(), json.locate("{\"a\":".getBytes(java.nio.charset.StandardCharsets.UTF_8), JsonPointer.parse("/a")));
  }
}
