package dev.kansen.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The adversary's attack on {@link KeyPositions}: whatever the keys — of one hash code, of
 * different hash codes that name one slot, the empty string, keys repeated many times, lookups
 * between additions while the table grows — every answer is a linear scan's (the first position
 * of the key, or none), and the work, counted in probes, stays linear in the operations.
 */
class KeyPositionsAdversaryTest {
  /** The first position of a key among those added, as a scan finds it. */
  private static int scan(List<String> added, String key) {
    for (int i = 0; i < added.size(); i++) {
      if (added.get(i).equals(key)) {
        return i;
      }
    }
    return KeyPositions.NONE;
  }

  /**
   * 200 strings of distinct hash codes whose spread hashes (as the table spreads them) share their
   * top 16 bits: one home slot in every table of up to 65,536 slots.
   */
  private static final List<String> SAME_SLOT = search(200, 16);

  private static List<String> search(int count, int bits) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; keys.size() < count; i++) {
      String key = "k" + i;
      if ((key.hashCode() * 0x9E3779B9) >>> (32 - bits) == 0) {
        keys.add(key);
      }
    }
    return List.copyOf(keys);
  }

  private static List<String> sameSlot(int count) {
    List<String> keys = SAME_SLOT.subList(0, count);
    assertEquals(count, keys.stream().mapToInt(String::hashCode).distinct().count());
    return keys;
  }

  /** @return 2^blocks distinct strings of one hash code, of "Aa" and "BB" */
  private static List<String> oneHash(int blocks) {
    List<String> keys = new ArrayList<>();
    for (int bits = 0; bits < 1 << blocks; bits++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < blocks; i++) {
        b.append((bits >> i & 1) == 0 ? "Aa" : "BB");
      }
      keys.add(b.toString());
    }
    return keys;
  }

  /**
   * Adds the keys in order, asking after each addition for the key just added, an earlier one
   * and one never added, and afterwards for every key: each answer checked against a scan.
   *
   * @return the probes counted
   */
  private static long againstAScan(List<String> keys, int expected, SplittableRandom random) {
    KeyPositions positions = new KeyPositions(expected);
    List<String> added = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      int before = scan(added, key);
      added.add(key);
      // a fresh copy, so that equal keys are found by equality, not identity
      assertEquals(before, positions.putIfAbsent(new String(key), i), key);
      assertEquals(scan(added, key), positions.position(key), key);
      String earlier = added.get(random.nextInt(added.size()));
      assertEquals(scan(added, earlier), positions.position(earlier), earlier);
      assertEquals(KeyPositions.NONE, positions.position("never " + key), key);
    }
    for (String key : keys) {
      assertEquals(scan(added, key), positions.position(key), key);
    }
    assertEquals(added.stream().distinct().count(), positions.size());
    return positions.probes();
  }

  @Test
  void keysOfOneSlotOneHashTheEmptyStringAndRepeatsAreFoundAsByAScan() {
    SplittableRandom random = new SplittableRandom(7);
    List<String> pool = new ArrayList<>();
    pool.addAll(sameSlot(60));
    pool.addAll(oneHash(6));
    pool.add("");
    pool.add("\u0000");
    for (int i = 0; i < 100; i++) {
      pool.add("partner-" + i);
    }
    for (int round = 0; round < 20; round++) {
      List<String> keys = new ArrayList<>();
      int n = 50 + random.nextInt(600);
      for (int i = 0; i < n; i++) {
        // repeats of a few keys, as a document with many duplicate ids holds them
        keys.add(random.nextInt(4) == 0 ? pool.get(random.nextInt(5)) : pool.get(random.nextInt(pool.size())));
      }
      againstAScan(keys, random.nextInt(n + 1), random);
    }
  }

  @Test
  void keysThatShareASlotButNotAHashAreFoundAsByAScanWhileTheTableGrows() {
    SplittableRandom random = new SplittableRandom(8);
    // fewer than a cluster the table keeps, exactly as many, and more
    for (int count : new int[] {KeyPositions.MAX_DISPLACEMENT, KeyPositions.MAX_DISPLACEMENT + 1,
        KeyPositions.MAX_DISPLACEMENT + 2, 200}) {
      List<String> keys = new ArrayList<>(sameSlot(count));
      // other keys after them, so the table grows (and moves the cluster) several times
      for (int i = 0; i < 2_000; i++) {
        keys.add("intervention-" + i);
      }
      againstAScan(keys, 1, random);
    }
  }

  @Test
  void theWorkStaysLinearWhateverTheKeys() {
    SplittableRandom random = new SplittableRandom(9);
    List<String> slot = sameSlot(200);
    List<String> hash = oneHash(8);
    double[] perOperation = new double[3];
    int[] sizes = {2_000, 20_000, 200_000};
    for (int s = 0; s < sizes.length; s++) {
      int n = sizes[s];
      KeyPositions positions = new KeyPositions(16);
      long operations = 0;
      for (int i = 0; i < n; i++) {
        // a third the adversary's keys, a third repeats, a third plain ids
        String key = switch (i % 3) {
          case 0 -> i % 2 == 0 ? slot.get(random.nextInt(slot.size())) : hash.get(random.nextInt(hash.size()));
          case 1 -> "id-" + (i / 30);
          default -> "id-" + i;
        };
        positions.putIfAbsent(key, i);
        positions.position(key);
        positions.position("dangling-" + i);
        operations += 3;
      }
      perOperation[s] = (double) positions.probes() / operations;
    }
    for (double p : perOperation) {
      assertTrue(p <= KeyPositions.MAX_DISPLACEMENT + 2, "probes per operation: " + java.util.Arrays.toString(perOperation));
    }
    // linear: the work per operation does not grow with the number of keys
    assertTrue(perOperation[2] <= perOperation[0] * 1.5 + 1, "probes per operation: "
        + java.util.Arrays.toString(perOperation));
  }
}
