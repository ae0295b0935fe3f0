package dev.kansen.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyPositionsTest {
  @Test
  void anEmptyTableFindsNothing() {
    KeyPositions positions = new KeyPositions(0);
    assertEquals(KeyPositions.NONE, positions.position("a"));
    assertEquals(KeyPositions.NONE, positions.position(null));
    assertEquals(0, positions.size());
  }

  @Test
  void theFirstPositionOfARepeatedKeyIsKept() {
    KeyPositions positions = new KeyPositions(3);
    assertEquals(KeyPositions.NONE, positions.putIfAbsent("a", 0));
    assertEquals(KeyPositions.NONE, positions.putIfAbsent("b", 1));
    assertEquals(0, positions.putIfAbsent(new String("a"), 2));
    assertEquals(0, positions.position("a"));
    assertEquals(1, positions.position("b"));
    assertEquals(KeyPositions.NONE, positions.position("c"));
    assertEquals(2, positions.size());
  }

  @Test
  void aNullKeyIsRefused() {
    assertThrows(NullPointerException.class, () -> new KeyPositions(1).putIfAbsent(null, 0));
  }

  @Test
  void answersAsAHashMapDoesOnRandomKeysWithRepeats() {
    Random random = new Random(10);
    for (int round = 0; round < 50; round++) {
      int n = random.nextInt(2_000);
      // sized for fewer keys than added, so that the table grows
      KeyPositions positions = new KeyPositions(random.nextInt(n + 1));
      Map<String, Integer> expected = new HashMap<>();
      for (int i = 0; i < n; i++) {
        String key = "id-" + random.nextInt(Math.max(1, n / 2));
        Integer earlier = expected.putIfAbsent(key, i);
        assertEquals(earlier == null ? KeyPositions.NONE : earlier, positions.putIfAbsent(key, i));
      }
      assertEquals(expected.size(), positions.size());
      for (int i = 0; i < n; i++) {
        String key = "id-" + i;
        assertEquals(expected.getOrDefault(key, KeyPositions.NONE), positions.position(key));
      }
    }
  }

  @Test
  void aFewCollidingHashesStayInTheTable() {
    List<String> keys = colliding(3); // 8 keys of one hash code
    KeyPositions positions = new KeyPositions(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      assertEquals(KeyPositions.NONE, positions.putIfAbsent(keys.get(i), i));
    }
    assertFalse(positions.overflowed());
    for (int i = 0; i < keys.size(); i++) {
      assertEquals(i, positions.position(keys.get(i)));
    }
  }

  @Test
  void manyCollidingHashesTurnItIntoAMapAndTheWorkStaysLinear() {
    List<String> keys = colliding(12); // 4,096 keys of one hash code: an adversary's ids
    KeyPositions positions = new KeyPositions(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      assertEquals(KeyPositions.NONE, positions.putIfAbsent(keys.get(i), i));
    }
    for (int i = 0; i < keys.size(); i++) {
      assertEquals(i, positions.putIfAbsent(keys.get(i), keys.size() + i));
      assertEquals(i, positions.position(keys.get(i)));
      assertEquals(KeyPositions.NONE, positions.position(keys.get(i) + "x"));
    }
    assertTrue(positions.overflowed());
    assertEquals(keys.size(), positions.size());
    // before the move at most MAX_DISPLACEMENT + 1 probes a key, then one per key moved
    assertTrue(positions.probes() <= (long) (KeyPositions.MAX_DISPLACEMENT + 2) * (KeyPositions.MAX_DISPLACEMENT + 2)
        + 2L * keys.size(), "probes: " + positions.probes());
  }

  @Test
  void addingAndFindingProbeAFewSlotsPerKeyWhateverTheSize() {
    double[] perKey = new double[3];
    int[] sizes = {1_000, 10_000, 100_000};
    for (int s = 0; s < sizes.length; s++) {
      int n = sizes[s];
      KeyPositions positions = new KeyPositions(n / 4); // grows on the way
      for (int i = 0; i < n; i++) {
        positions.putIfAbsent("partner-" + i, i);
        positions.putIfAbsent("partner-" + (i / 2), i); // repeats
      }
      for (int i = 0; i < n; i++) {
        assertEquals(i, positions.position("partner-" + i));
        assertEquals(KeyPositions.NONE, positions.position("dangling-" + i));
      }
      assertFalse(positions.overflowed());
      perKey[s] = (double) positions.probes() / n;
    }
    for (double p : perKey) {
      // four operations a key, each a few probes, plus the moves when growing
      assertTrue(p < 16, "probes per key: " + java.util.Arrays.toString(perKey));
    }
    assertTrue(perKey[2] < perKey[0] * 1.5, "probes per key: " + java.util.Arrays.toString(perKey));
  }

  /** 2^blocks distinct strings of one hash code: "Aa" and "BB" hash alike, and so do their concatenations. */
  private static List<String> colliding(int blocks) {
    List<String> keys = new ArrayList<>();
    for (int bits = 0; bits < 1 << blocks; bits++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < blocks; i++) {
        b.append((bits >> i & 1) == 0 ? "Aa" : "BB");
      }
      keys.add(b.toString());
    }
    assertEquals(1, keys.stream().mapToInt(String::hashCode).distinct().count());
    return keys;
  }
}
