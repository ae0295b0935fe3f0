package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where every value of one document starts, recorded while the document is read from its bytes,
 * so that findings of validating it are placed without reading it again. Compact: each value is
 * its container's number, its property name or array index, and its byte offset, four ints and a
 * reference to the parser's own name string; no pointer or position is made while reading. Lines
 * and columns are worked out from the bytes only for the values a finding points at, and count
 * characters exactly as a parser reading the text as characters does (as {@link Locator} does).
 */
public final class PositionTable {
  private static final int ROOT = -1;
  private final byte[] json;
  private int size;
  private int[] parent;
  private String[] name;
  private int[] index;
  private int[] offset;
  /** The number of the container open at each nesting depth. */
  private int[] open = new int[16];
  private boolean usable = true;
  /** Made on first use: the entries hashed by container and key. */
  private int[] slots;

  private PositionTable(byte[] json) {
    this.json = json;
    // compact documents spend about 20 bytes on a value, indented ones more
    int capacity = Math.max(64, json.length / 16);
    parent = new int[capacity];
    name = new String[capacity];
    index = new int[capacity];
    offset = new int[capacity];
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
    if (token == null || token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT
        || token == JsonToken.END_ARRAY || !usable) {
      return;
    }
    if (!(p instanceof ParserBase base)) {
      usable = false;
      return;
    }
    boolean start = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
    JsonStreamContext context = p.getParsingContext();
    JsonStreamContext holder = start ? context.getParent() : context;
    int depth = holder.getNestingDepth();
    if (size == parent.length) {
      int capacity = size + (size >> 1);
      parent = Arrays.copyOf(parent, capacity);
      name = Arrays.copyOf(name, capacity);
      index = Arrays.copyOf(index, capacity);
      offset = Arrays.copyOf(offset, capacity);
    }
    int id = size++;
    parent[id] = depth == 0 ? ROOT : open[depth];
    if (holder.inObject()) {
      name[id] = holder.getCurrentName();
    } else {
      name[id] = null;
      index[id] = holder.getCurrentIndex();
    }
    // the parser counts the token's first byte as read: its own token location is one back
    offset[id] = (int) base.getTokenCharacterOffset() - 1;
    if (start) {
      if (depth + 1 >= open.length) {
        open = Arrays.copyOf(open, open.length * 2);
      }
      open[depth + 1] = id;
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
    int[] entries = new int[pointers.size()];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = entry(pointers.get(i));
    }
    int[] offsets = new int[entries.length];
    int n = 0;
    for (int e : entries) {
      if (e >= 0) {
        offsets[n++] = offset[e];
      }
    }
    int[] sorted = Arrays.copyOf(offsets, n);
    Arrays.sort(sorted);
    long[] lines = new long[n];
    long[] columns = new long[n];
    sweep(sorted, lines, columns);
    List<Optional<Position>> result = new ArrayList<>(entries.length);
    for (int e : entries) {
      if (e < 0) {
        result.add(Optional.empty());
      } else {
        int k = Arrays.binarySearch(sorted, offset[e]);
        result.add(Optional.of(new Position(lines[k], columns[k])));
      }
    }
    return result;
  }

  /**
   * The line and the column in characters of each offset, sorted ascending, in one pass over the
   * bytes up to the last offset: the column is counted along with the lines, not again from the
   * start of the line for each offset (a compact document is one line).
   */
  private void sweep(int[] sorted, long[] lines, long[] columns) {
    long line = 1;
    long column = 1;
    int at = 0;
    for (int k = 0; k < sorted.length; k++) {
      int target = sorted[k];
      for (; at < target; at++) {
        int b = json[at];
        if (b >= 0) {
          if (b == '\n' || (b == '\r' && (at + 1 >= json.length || json[at + 1] != '\n'))) {
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
      int child = child(current, segment);
      if (child < 0) {
        break;
      }
      current = child;
    }
    return current;
  }

  /** @return the entry of the container's member of that name, or of its element at that index; -1 when none */
  private int child(int container, String segment) {
    int[] table = slots();
    int mask = table.length - 1;
    for (int s = hash(container, segment.hashCode()) & mask; table[s] != 0; s = (s + 1) & mask) {
      int e = table[s] - 1;
      if (parent[e] == container && segment.equals(name[e])) {
        return e;
      }
    }
    int arrayIndex = arrayIndex(segment);
    if (arrayIndex < 0) {
      return -1;
    }
    for (int s = hash(container, arrayIndex) & mask; table[s] != 0; s = (s + 1) & mask) {
      int e = table[s] - 1;
      if (parent[e] == container && name[e] == null && index[e] == arrayIndex) {
        return e;
      }
    }
    return -1;
  }

  /** @return every entry but the root's, hashed by its container and its name or index (open addressing) */
  private int[] slots() {
    int[] table = slots;
    if (table == null) {
      // a power of two at least twice the entries: probes stay short
      table = new int[Integer.highestOneBit(Math.max(4, size) * 2 - 1) << 1];
      int mask = table.length - 1;
      for (int e = 1; e < size; e++) {
        int s = hash(parent[e], name[e] != null ? name[e].hashCode() : index[e]) & mask;
        while (table[s] != 0) {
          s = (s + 1) & mask;
        }
        table[s] = e + 1;
      }
      slots = table;
    }
    return table;
  }

  private static int hash(int container, int key) {
    int h = container * 0x9E3779B9 + key;
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
