package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Programme;
import org.junit.jupiter.api.Test;

/**
 * The writer's refusal of a value beyond the reading limits names the value's pointer, also when
 * the value is the first element of its array (index 0, not 1).
 */
class RefusedFirstElementPointerTest {
  private static Programme golden() {
    return KansenJson.strict().read(TestResources.bytes(TestResources.resources("golden").resolve("den-bosch-2021.json")));
  }

  private static String refused(String unknownValue) {
    Programme p = Programme.builder().from(golden()).putUnknownProperties("n", unknownValue).build();
    return assertThrows(IllegalArgumentException.class, () -> KansenJson.lenient().write(p)).getMessage();
  }

  @Test
  void aTooLongFirstElementIsNamedAtIndexZero() {
    String message = refused("[" + "9".repeat(101) + "]");
    assertTrue(message.contains("\"/n/0\""), message);
    message = refused("[[1], [" + "9".repeat(101) + "]]");
    assertTrue(message.contains("\"/n/1/0\""), message);
    message = refused("[1, " + "9".repeat(101) + "]");
    assertTrue(message.contains("\"/n/1\""), message);
  }

  @Test
  void anArrayTooDeepAsAFirstElementIsNamedAtIndexZero() {
    String message = refused("[".repeat(70) + "]".repeat(70));
    assertTrue(message.contains("\"/n" + "/0".repeat(63) + "\""), message);
  }
}
