package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.base.ParserBase;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where every value of one document starts, recorded while the document is read from its bytes,
 * so that findings of validating it are placed without reading it again. Values are numbered in
 * the order they start, so a container's values follow it; each value is its property name (a
 * reference to the parser's own name string; none in an array), its byte offset and, for an object
 * or array, the number of the first value after it. No pointer or position is made while reading.
 * A pointer is looked up by jumping from a container's first value to its next, over each one's
 * values; lines and columns are worked out from the bytes only for the values a finding points at,
 * and count characters exactly as a parser reading the text as characters does (as
 * {@link Locator} does).
 */
public final class PositionTable {
  private static final long HIGH_BITS = Words.HIGH_BITS;
  private static final long LINE_FEEDS = Words.repeated('\n');
  private static final long CARRIAGE_RETURNS = Words.repeated('\r');

  private final byte[] json;
  private int size;
  /** Each value's property name; null for the root and an array's element. */
  private String[] name;
  /**
   * Two ints a value: where it starts (its byte offset), and for an object or array the number of
   * the first value after it; 0 for any other value, whose next value follows it directly.
   */
  private int[] at;
  /** The number of the container open at each nesting depth, from 1; {@link #top} the deepest. */
  private int[] open = new int[16];
  private int top;
  private boolean usable = true;
  /**
   * How many values the lookups may still step over before they hash every value by its container
   * and key instead ({@link #index()}): enough for the findings of any ordinary document, and it
   * keeps the lookups of a document with very many findings linear in its size.
   */
  private long budget;
  /** Made when the budget runs out: three ints a slot, the container + 1 (0 for none), the key and the value. */
  private int[] slots;
  /** How many values the lookups stepped over or hashed: the work, for tests. */
  private long steps;

  private PositionTable(byte[] json) {
    this.json = json;
    // compact documents spend about 17 bytes on a value, indented ones more
    int capacity = Math.max(64, json.length / 16);
    name = new String[capacity];
    at = new int[2 * capacity];
  }

  /**
   * @param json the document's UTF-8 bytes, read with Jackson's byte parser
   * @return an empty table to record the document's values in, or null when its positions cannot
   *     be taken from the bytes (a leading byte-order mark shifts the columns of the first line)
   */
  public static PositionTable forDocument(byte[] json) {
    boolean bom = json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF;
    return bom ? null : new PositionTable(json);
  }

  /**
   * Records where the parser's current token starts, when it is a value.
   *
   * @param p the byte parser reading the document
   * @param token its current token
   */
  void record(JsonParser p, JsonToken token) {
    if (token == null || !usable) {
      return;
    }
    int kind = token.id();
    if (kind == JsonTokenId.ID_FIELD_NAME || kind == JsonTokenId.ID_END_OBJECT || kind == JsonTokenId.ID_END_ARRAY) {
      return;
    }
    if (!(p instanceof ParserBase base)) {
      usable = false;
      return;
    }
    boolean start = kind == JsonTokenId.ID_START_OBJECT || kind == JsonTokenId.ID_START_ARRAY;
    // the container holding the value: a start token has opened its own already
    JsonStreamContext holder = start ? base.getParsingContext().getParent() : base.getParsingContext();
    int depth = holder.getNestingDepth();
    if (depth > top) {
      // a container was not recorded: the table cannot say what holds what
      usable = false;
      return;
    }
    if (size == name.length) {
      int capacity = size + (size >> 1);
      name = Arrays.copyOf(name, capacity);
      at = Arrays.copyOf(at, 2 * capacity);
    }
    int id = size++;
    // the containers deeper than this value's have ended
    while (top > depth) {
      at[2 * open[top--] + 1] = id;
    }
    // the value's property name; an array's context has none
    name[id] = holder.getCurrentName();
    // the parser counts the token's first byte as read: its own token location is one back
    at[2 * id] = (int) base.getTokenCharacterOffset() - 1;
    if (start) {
      if (++top == open.length) {
        open = Arrays.copyOf(open, open.length * 2);
      }
      open[top] = id;
    }
  }

  /** Marks the table as not usable: the document was not read through from its bytes. */
  public void discard() {
    usable = false;
  }

  /** @return whether the table holds every value of the document */
  public boolean usable() {
    return usable && size > 0;
  }

  /**
   * @param pointers pointers, possibly to values that do not exist
   * @return for each, the position of its value or of its nearest enclosing value; empty where
   *     there is none
   */
  public List<Optional<Position>> nearest(List<JsonPointer> pointers) {
    // the containers still open end with the document
    while (top > 0) {
      at[2 * open[top--] + 1] = size;
    }
    budget = size + 64L;
    int[] entries = new int[pointers.size()];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = entry(pointers.get(i));
    }
    int[] sorted = new int[entries.length];
    int n = 0;
    for (int e : entries) {
      if (e >= 0) {
        sorted[n++] = at[2 * e];
      }
    }
    sorted = Arrays.copyOf(sorted, n);
    Arrays.sort(sorted);
    long[] lines = new long[n];
    long[] columns = new long[n];
    sweep(sorted, lines, columns);
    List<Optional<Position>> result = new ArrayList<>(entries.length);
    for (int e : entries) {
      if (e < 0) {
        result.add(Optional.empty());
      } else {
        int k = Arrays.binarySearch(sorted, at[2 * e]);
        result.add(Optional.of(new Position(lines[k], columns[k])));
      }
    }
    return result;
  }

  /** @return how many values the lookups so far stepped over or hashed */
  long steps() {
    return steps;
  }

  /**
   * The line and the column in characters of each offset, sorted ascending, in one pass over the
   * bytes up to the last offset: the column is counted along with the lines, not again from the
   * start of the line for each offset (a compact document is one line). Eight bytes without a line
   * break are counted at once: eight columns when all are ASCII, else one for each byte that starts
   * a character and one more for each that starts a sequence of four (two UTF-16 characters, a
   * surrogate pair). The eight bytes that hold a line break are counted one at a time.
   */
  private void sweep(int[] sorted, long[] lines, long[] columns) {
    long line = 1;
    long column = 1;
    int i = 0;
    for (int k = 0; k < sorted.length; k++) {
      int target = sorted[k];
      while (i < target) {
        int last = target - Long.BYTES;
        while (i <= last) {
          long word = Words.at(json, i);
          if (Words.holds(word, LINE_FEEDS) || Words.holds(word, CARRIAGE_RETURNS)) {
            break;
          }
          if ((word & HIGH_BITS) == 0) {
            column += Long.BYTES;
          } else {
            // a continuation byte is 10xxxxxx, the first of four 11110xxx
            long continuations = word & ~(word << 1) & HIGH_BITS;
            long fourByteStarts = word & (word << 1) & (word << 2) & (word << 3) & ~(word << 4) & HIGH_BITS;
            column += Long.BYTES - Long.bitCount(continuations) + Long.bitCount(fourByteStarts);
          }
          i += Long.BYTES;
        }
        int stop = Math.min(i + Long.BYTES, target);
        for (; i < stop; i++) {
          int b = json[i];
          if (b >= 0) {
            if (b == '\n' || (b == '\r' && (i + 1 >= json.length || json[i + 1] != '\n'))) {
              line++;
              column = 1;
            } else {
              column++;
            }
          } else if ((b & 0xC0) != 0x80) {
            // a character starts here; one of four bytes is two UTF-16 characters (a surrogate pair)
            column += (b & 0xF8) == 0xF0 ? 2 : 1;
          }
        }
      }
      lines[k] = line;
      columns[k] = column;
    }
  }

  /** @return the entry of the pointer's value, or of its nearest enclosing value; -1 when none */
  private int entry(JsonPointer pointer) {
    if (size == 0) {
      return -1;
    }
    int current = 0;
    for (String segment : pointer.segments()) {
      int child = slots == null ? walk(current, segment) : hashed(current, segment);
      if (child < 0) {
        break;
      }
      current = child;
    }
    return current;
  }

  /** @return the value after the value {@code e} and all the values it holds */
  private int after(int e) {
    int end = at[2 * e + 1];
    return end == 0 ? e + 1 : end;
  }

  /**
   * @return the entry of the container's member of that name, or of its element at that index,
   *     found by stepping over the values before it; -1 when none
   */
  private int walk(int container, String segment) {
    int end = at[2 * container + 1];
    if (end == 0) {
      return -1;
    }
    int first = container + 1;
    if (first < end && name[first] == null) {
      int index = arrayIndex(segment);
      if (index < 0 || index >= end - first) {
        // an array of n elements holds at least n values
        return -1;
      }
      if (budget - index < 0) {
        return hashed(container, segment);
      }
      int e = first;
      for (int i = 0; i < index && e < end; i++) {
        e = after(e);
      }
      budget -= index;
      steps += index;
      return e < end ? e : -1;
    }
    int walked = 0;
    for (int e = first; e < end; e = after(e)) {
      walked++;
      if (segment.equals(name[e])) {
        budget -= walked;
        steps += walked;
        return e;
      }
      if (walked > budget) {
        return hashed(container, segment);
      }
    }
    budget -= walked;
    steps += walked;
    return -1;
  }

  /** @return the entry of the container's member of that name or element at that index, by the hash of every value; -1 when none */
  private int hashed(int container, String segment) {
    int[] table = index();
    int mask = table.length / 3 - 1;
    int arrayIndex = container + 1 < size && name[container + 1] == null ? arrayIndex(segment) : -2;
    int key = arrayIndex >= 0 ? arrayIndex : segment.hashCode();
    for (int s = hash(container, key) & mask; table[3 * s] != 0; s = (s + 1) & mask) {
      steps++;
      int e = table[3 * s + 2];
      if (table[3 * s] == container + 1 && table[3 * s + 1] == key
          && (arrayIndex >= 0 ? name[e] == null : segment.equals(name[e]))) {
        return e;
      }
    }
    return -1;
  }

  /**
   * @return every value but the root, hashed by its container and its name's hash or its index
   *     (open addressing), made on first use
   */
  private int[] index() {
    if (slots != null) {
      return slots;
    }
    // a power of two at least twice the entries: probes stay short
    int length = Integer.highestOneBit(Math.max(4, size) * 2 - 1) << 1;
    int[] table = new int[3 * length];
    int mask = length - 1;
    for (int c = 0; c < size; c++) {
      int end = at[2 * c + 1];
      int ordinal = 0;
      for (int e = c + 1; e < end; e = after(e)) {
        steps++;
        int key = name[e] != null ? name[e].hashCode() : ordinal;
        int s = hash(c, key) & mask;
        while (table[3 * s] != 0) {
          s = (s + 1) & mask;
        }
        table[3 * s] = c + 1;
        table[3 * s + 1] = key;
        table[3 * s + 2] = e;
        ordinal++;
      }
    }
    slots = table;
    return table;
  }

  /** A hash of both numbers whose every bit depends on every bit of each (MurmurHash3's finish): consecutive keys, as an array's indexes are, spread over the table. */
  private static int hash(int container, int key) {
    int h = container * 0x9E3779B9 + key;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  /** @return the segment as an array index, or -2 when it is none */
  private static int arrayIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9 || (segment.length() > 1 && segment.charAt(0) == '0')) {
      return -2;
    }
    int value = 0;
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c < '0' || c > '9') {
        return -2;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
