package dev.kansen.validation.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Positions by key — ids, municipality codes — where the first position added for a key is kept:
 * the validator's lookup of the position of the first element with an id. An open-addressing table
 * of arrays (the keys, their hashes and their positions), so that adding and finding make no object
 * and box no position, unlike a {@code HashMap<String, Integer>}.
 *
 * <p>The work stays linear whatever the keys: no key lies more than {@value #MAX_DISPLACEMENT} slots
 * from the slot its hash names, so a lookup probes at most that many; when keys whose hashes
 * collide (which an adversary can make) would push one further, the table moves its keys into a
 * {@link HashMap}, whose bins of many keys are trees for comparable keys such as ids. Not
 * thread-safe while keys are added; safe to share once they all are. Not part of the public API.
 */
public final class KeyPositions {
  /** What {@link #position} and {@link #putIfAbsent} answer for a key not in the table. */
  public static final int NONE = -1;
  /** The furthest a key lies from its home slot before the table turns into a hash map. */
  static final int MAX_DISPLACEMENT = 24;

  private Object[] keys;
  /** Per slot: the key's spread hash at {@code 2 * slot} and its position at {@code 2 * slot + 1}. */
  private int[] hashesAndPositions;
  private int mask;
  private int shift;
  private int size;
  /** Null until collisions turn the table into a map; then the only store. */
  private Map<Object, Integer> overflow;
  /** How many slots were probed, for tests that count the work. */
  private long probes;

  /**
   * An empty table sized for a number of keys: it never grows past twice that number of slots
   * rounded up to a power of two, and grows when more keys are added.
   *
   * @param expected how many keys will be added, about
   */
  public KeyPositions(int expected) {
    int slots = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
    allocate(slots);
  }

  private void allocate(int slots) {
    keys = new Object[slots];
    hashesAndPositions = new int[2 * slots];
    mask = slots - 1;
    shift = 32 - Integer.numberOfTrailingZeros(slots);
  }

  /** Spreads a hash code over the table's bits (Fibonacci hashing: its top bits are the slot). */
  private static int spread(int hash) {
    return hash * 0x9E3779B9;
  }

  /**
   * Adds a key at a position unless the key is there already.
   *
   * @param key the key, not null
   * @param position its position, zero or more
   * @return the position the key had already, or {@link #NONE} when it is new and was added
   */
  public int putIfAbsent(Object key, int position) {
    Objects.requireNonNull(key, "key");
    if (overflow != null) {
      Integer earlier = overflow.putIfAbsent(key, position);
      return earlier == null ? NONE : earlier;
    }
    int hash = spread(key.hashCode());
    int slot = find(key, hash);
    if (slot >= 0) {
      return hashesAndPositions[2 * slot + 1];
    }
    if (slot == TOO_FAR) {
      toMap();
      return putIfAbsent(key, position);
    }
    slot = -slot - 1;
    keys[slot] = key;
    hashesAndPositions[2 * slot] = hash;
    hashesAndPositions[2 * slot + 1] = position;
    if (++size * 2 > keys.length) {
      rehash(keys.length * 2);
    }
    return NONE;
  }

  /**
   * @param key a key; null finds nothing
   * @return the first position added for it, or {@link #NONE}
   */
  public int position(Object key) {
    if (key == null) {
      return NONE;
    }
    if (overflow != null) {
      Integer position = overflow.get(key);
      return position == null ? NONE : position;
    }
    int slot = find(key, spread(key.hashCode()));
    return slot >= 0 ? hashesAndPositions[2 * slot + 1] : NONE;
  }

  /** What {@link #find} answers when neither the key nor an empty slot lies within reach of its home. */
  private static final int TOO_FAR = Integer.MIN_VALUE;

  /**
   * Probes from the key's home slot.
   *
   * @return the key's slot; else {@code -slot - 1} for the first empty slot, where it belongs; else
   *     {@link #TOO_FAR}
   */
  private int find(Object key, int hash) {
    int slot = hash >>> shift;
    for (int d = 0; d <= MAX_DISPLACEMENT; d++, slot = (slot + 1) & mask) {
      probes++;
      Object there = keys[slot];
      if (there == null) {
        return -slot - 1;
      }
      if (hashesAndPositions[2 * slot] == hash && (there == key || there.equals(key))) {
        return slot;
      }
    }
    return TOO_FAR;
  }

  /** @return how many keys the table holds */
  public int size() {
    return overflow != null ? overflow.size() : size;
  }

  /** @return whether collisions of hashes turned the table into a hash map */
  boolean overflowed() {
    return overflow != null;
  }

  /** @return how many slots adding and finding keys probed so far: the work, for tests that count it */
  long probes() {
    return probes;
  }

  private void rehash(int slots) {
    Object[] oldKeys = keys;
    int[] old = hashesAndPositions;
    allocate(slots);
    size = 0;
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != null && !place(oldKeys[s], old[2 * s], old[2 * s + 1])) {
        // keys that fitted in the smaller table do not in the larger: collisions of the full hash
        keys = oldKeys;
        hashesAndPositions = old;
        toMap();
        return;
      }
    }
  }

  /** Puts a key known to be new in its slot; false when it would lie too far from home. */
  private boolean place(Object key, int hash, int position) {
    int slot = hash >>> shift;
    for (int d = 0; d <= MAX_DISPLACEMENT; d++, slot = (slot + 1) & mask) {
      probes++;
      if (keys[slot] == null) {
        keys[slot] = key;
        hashesAndPositions[2 * slot] = hash;
        hashesAndPositions[2 * slot + 1] = position;
        size++;
        return true;
      }
    }
    return false;
  }

  /**
   * Moves every key into a hash map. The map gets each key's position; which key came first does
   * not matter, as the table holds each key once.
   */
  private void toMap() {
    Map<Object, Integer> map = new HashMap<>(Math.max(16, keys.length));
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] != null) {
        map.put(keys[s], hashesAndPositions[2 * s + 1]);
        probes++;
      }
    }
    overflow = map;
    keys = null;
    hashesAndPositions = null;
  }
}
