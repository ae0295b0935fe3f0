package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.json.KansenJson;
import dev.kansen.model.Programme;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The adversary's test of the check of kept values before they are written: it goes no deeper than
 * the writer's limit, so its work (a parser's context per level, about 50 bytes a bracket) is
 * bounded by the limit and not by the caller's text, and a value nested beyond the limit is refused
 * by the generator with its pointer.
 */
class KeptValueCheckBoundTest {
  @Test
  void theCheckLooksNoDeeperThanTheLimit() {
    // a repeated name and broken syntax, each below the deepest level the writer takes
    String repeated = "[".repeat(20) + "{\"a\":1,\"a\":2}" + "]".repeat(20);
    String broken = "[".repeat(2_000_000) + "}";
    assertDoesNotThrow(() -> UnknownValues.check("x", repeated, 16));
    assertDoesNotThrow(() -> UnknownValues.check("x", broken, 16));
    // within the limit, both are found
    assertThrows(IllegalArgumentException.class, () -> UnknownValues.check("x", repeated, 21));
    assertThrows(IllegalArgumentException.class, () -> UnknownValues.check("x", "[[]}", 16));
    assertThrows(IllegalArgumentException.class, () -> UnknownValues.check("x", "[] []", 16));
    assertThrows(IllegalArgumentException.class, () -> UnknownValues.check("x", " ", 16));
    assertDoesNotThrow(() -> UnknownValues.check("x", "[".repeat(16) + "]".repeat(16), 16));
  }

  @Test
  void aKeptValueNestedFarBeyondTheLimitIsRefusedWithItsPointer() throws Exception {
    Programme golden = KansenJson.strict().read(Files.readAllBytes(
        Path.of("src/test/resources/golden/den-bosch-2021.json")));
    for (String deep : new String[] {"[".repeat(2_000_000) + "]".repeat(2_000_000), "[".repeat(2_000_000) + "}"}) {
      Programme p = Programme.builder().from(golden).putUnknownProperties("x-deep", deep).build();
      for (boolean pretty : new boolean[] {false, true}) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> (pretty ? KansenJson.lenient().write(p) : KansenJson.lenient().writeCompact(p)).length());
        assertTrue(e.getMessage().contains("\"/x-deep/0/0/"), e.getMessage());
      }
    }
  }
}
