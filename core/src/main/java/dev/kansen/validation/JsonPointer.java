package dev.kansen.validation;

import java.util.List;

/**
 * An RFC 6901 JSON Pointer such as {@code /interventions/3/planned/end}, in the wire format's
 * property names, which are the model's attribute names. Immutable; {@link #toString()} gives the
 * escaped written form.
 */
public final class JsonPointer implements Comparable<JsonPointer> {
  private static final JsonPointer ROOT = new JsonPointer(null, null);
  /** The segments of the first array indexes, made once: every walk and read points at them. */
  private static final String[] INDEXES = new String[256];

  static {
    for (int i = 0; i < INDEXES.length; i++) {
      INDEXES[i] = Integer.toString(i);
    }
  }

  // A pointer is its parent plus one segment, so extending a pointer costs one small object and
  // never copies the parent's segments: readers make a pointer for every value they read, and
  // most are never looked at. The list of segments is built on first use.
  private final JsonPointer parent;
  private final String segment;
  private final int size;
  private List<String> segments;
  private int hash;

  private JsonPointer(JsonPointer parent, String segment) {
    this.parent = parent;
    this.segment = segment;
    this.size = parent == null ? 0 : parent.size + 1;
  }

  /** @return the pointer to the whole document, written as the empty string */
  public static JsonPointer root() {
    return ROOT;
  }

  /**
   * Builds a pointer from unescaped segments; numbers become array indexes.
   *
   * @param segments property names and indexes, e.g. {@code "grants", 3, "period"}
   * @return the pointer
   */
  public static JsonPointer of(Object... segments) {
    JsonPointer p = ROOT;
    for (Object s : segments) {
      p = p.child(String.valueOf(s));
    }
    return p;
  }

  /**
   * Parses the written form.
   *
   * @param text e.g. {@code /partners/0/name}; the empty string is the root
   * @return the pointer
   * @throws IllegalArgumentException when the text is not a JSON Pointer
   */
  public static JsonPointer parse(String text) {
    if (text.isEmpty()) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new IllegalArgumentException("A JSON Pointer starts with '/': \"" + text + "\"");
    }
    JsonPointer p = ROOT;
    for (String raw : text.substring(1).split("/", -1)) {
      if (raw.replace("~0", "").replace("~1", "").indexOf('~') >= 0) {
        throw new IllegalArgumentException("A JSON Pointer escapes '~' as ~0 and '/' as ~1 only: \"" + text + "\"");
      }
      p = p.child(raw.replace("~1", "/").replace("~0", "~"));
    }
    return p;
  }

  /**
   * @param name an unescaped property name
   * @return this pointer extended by the name
   */
  public JsonPointer child(String name) {
    return new JsonPointer(this, name);
  }

  /**
   * @param index an array index
   * @return this pointer extended by the index
   */
  public JsonPointer index(int index) {
    return child(index >= 0 && index < INDEXES.length ? INDEXES[index] : Integer.toString(index));
  }

  /**
   * Appends a relative path written with {@code /} separators, such as an
   * {@link dev.kansen.model.InvalidValueException#attribute()} ({@code "participants/0"}).
   *
   * @param relative the relative path; empty for none
   * @return the extended pointer
   */
  public JsonPointer resolve(String relative) {
    JsonPointer p = this;
    if (!relative.isEmpty()) {
      for (String s : relative.split("/", -1)) {
        p = p.child(s);
      }
    }
    return p;
  }

  /** @return the unescaped segments */
  public List<String> segments() {
    List<String> list = segments;
    if (list == null) {
      String[] parts = new String[size];
      JsonPointer p = this;
      for (int i = size - 1; i >= 0; i--, p = p.parent) {
        parts[i] = p.segment;
      }
      list = List.of(parts);
      segments = list;
    }
    return list;
  }

  /**
   * Orders pointers segment by segment, array indexes
   * numerically, so {@code /interventions/2} comes before {@code /interventions/10}.
   */
  @Override
  public int compareTo(JsonPointer other) {
    List<String> mine = segments();
    List<String> theirs = other.segments();
    int n = Math.min(mine.size(), theirs.size());
    for (int i = 0; i < n; i++) {
      int c = compareSegments(mine.get(i), theirs.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(mine.size(), theirs.size());
  }

  private static int compareSegments(String a, String b) {
    boolean an = isIndex(a);
    boolean bn = isIndex(b);
    if (an && bn) {
      int c = Integer.compare(a.length(), b.length());
      return c != 0 ? c : a.compareTo(b);
    }
    return an == bn ? a.compareTo(b) : (an ? -1 : 1);
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof JsonPointer other) || size != other.size || hashCode() != other.hashCode()) {
      return false;
    }
    for (JsonPointer a = this, b = other; a != b; a = a.parent, b = b.parent) {
      if (!a.segment.equals(b.segment)) {
        return false;
      }
    }
    return true;
  }

  /** @return the hash code of {@link #segments()}, as {@link List#hashCode()} defines it */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0 && parent != null) {
      h = 31 * parent.hashCode() + segment.hashCode();
      hash = h;
    }
    return parent == null ? 1 : h;
  }

  /** @return the escaped written form, e.g. {@code /partners/0/name}; the root is "" */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (String s : segments()) {
      b.append('/').append(s.replace("~", "~0").replace("/", "~1"));
    }
    return b.toString();
  }
}
