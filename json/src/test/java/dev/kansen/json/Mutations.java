package dev.kansen.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded hostile variants of a JSON document, for {@link ReadDifferentialTest}: the document's
 * values and members are found by a small scanner of well-formed JSON, and one to three mutations
 * are made to its text or, last, to its UTF-8 bytes.
 */
final class Mutations {
  private Mutations() {}

  /** A variant: its bytes and the kinds of mutation made. */
  record Mutated(byte[] bytes, List<String> kinds) {}

  /** A value in the text: {@code [start, end)}; for a member, the name's start too. */
  record Span(int start, int end, int nameStart, char kind, Span parent) {}

  static String shorten(String s) {
    String flat = s.replace("\n", "\\n").replace("\r", "\\r");
    return flat.length() > 400 ? flat.substring(0, 200) + " ... " + flat.substring(flat.length() - 200) : flat;
  }

  // ------------------------------------------------------------------ scanning well-formed JSON

  /** Finds every value of a well-formed document; members of objects carry their name's start. */
  static List<Span> values(String t) {
    List<Span> out = new ArrayList<>();
    int[] at = {skip(t, 0)};
    value(t, at, -1, null, out);
    return out;
  }

  private static int skip(String t, int i) {
    while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\n' || t.charAt(i) == '\r' || t.charAt(i) == '\t'
        || t.charAt(i) == '\uFEFF')) {
      i++;
    }
    return i;
  }

  private static Span value(String t, int[] at, int nameStart, Span parent, List<Span> out) {
    int start = at[0];
    char c = t.charAt(start);
    Span self;
    if (c == '{' || c == '[') {
      // a placeholder parent for the children; replaced by the finished span
      List<Span> children = new ArrayList<>();
      Span open = new Span(start, -1, nameStart, c, parent);
      at[0] = skip(t, start + 1);
      while (t.charAt(at[0]) != (c == '{' ? '}' : ']')) {
        if (c == '{' && t.charAt(at[0]) != '"') {
          throw new IllegalArgumentException("not well-formed at " + at[0]);
        }
        int name = -1;
        if (c == '{') {
          name = at[0];
          at[0] = skip(t, stringEnd(t, at[0]));
          at[0] = skip(t, at[0] + 1); // the colon
        }
        value(t, at, name, open, children);
        at[0] = skip(t, at[0]);
        if (t.charAt(at[0]) == ',') {
          at[0] = skip(t, at[0] + 1);
        }
      }
      at[0]++;
      self = new Span(start, at[0], nameStart, c, parent);
      for (Span child : children) {
        out.add(new Span(child.start(), child.end(), child.nameStart(), child.kind(), self));
      }
    } else if (c == '"') {
      at[0] = stringEnd(t, start);
      self = new Span(start, at[0], nameStart, 's', parent);
    } else {
      int i = start;
      while (i < t.length() && "{}[],: \n\r\t".indexOf(t.charAt(i)) < 0) {
        i++;
      }
      if (i == start) {
        throw new IllegalArgumentException("not well-formed at " + start);
      }
      at[0] = i;
      self = new Span(start, i, nameStart, Character.isDigit(c) || c == '-' ? 'n' : 'l', parent);
    }
    out.add(self);
    return self;
  }

  private static int stringEnd(String t, int quote) {
    int i = quote + 1;
    while (t.charAt(i) != '"') {
      i += t.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  // ------------------------------------------------------------------ mutations

  private static final String[] VALUES = {"null", "0", "-0", "1", "-1", "0.0", "1e999999999", "1E-999999999",
      "1e1000", "1e1001", "00", "01", "1.", ".5", "-", "1e", "9223372036854775808", "-9223372036854775809",
      "2147483648", "1.5e3", "true", "false", "{}", "[]", "[null]", "[1,1]", "\"\"", "\" \"", "\"\\u00e9\"",
      "\"\\ud800\"", "\"\\udc00x\"", "\"\\ud83d\\ude00\"", "\"\\\"\\\\\\/\"", "\"é\"", "\"😀\"", "\"2021-02-29\"",
      "\"2024-02-29\"", "\"２０２４-01-01\"", "\"50000.00\"", "\"-0.0\"", "\"1e3\"", "\"0050\"", "{\"a\":1}",
      "NaN", "'x'", "\"EUR\"", "\"PLANNED\"", "\"\\t\"", "\"a\u0001b\""};

  private static final String[] ESCAPES = {"\\u00e9", "\\\"", "\\\\", "\\/", "\\ud83d\\ude00", "\\ud800", "\\udfff",
      "\\uD83D", "é", "😀", "\\n", "\\u0000", "\u2028", "\\b"};

  private static final int[] KEEPING = {2, 3, 4, 10, 13};

  private static final String[] KEPT_ESCAPES = {"\\u00e9", "\\\"", "\\\\", "\\/", "\\ud83d\\ude00", "é", "😀", "\\n",
      "\u2028", "\\b", "\\uD83D\\uDE00"};

  static Mutated mutate(String source, SplittableRandom r) {
    String text = source;
    List<String> kinds = new ArrayList<>();
    int n = 1 + r.nextInt(3);
    boolean keep = r.nextInt(3) == 0;
    byte[] bytes = null;
    for (int k = 0; k < n; k++) {
      List<Span> values;
      try {
        values = values(text);
      } catch (RuntimeException e) {
        // a mutation before broke the syntax: the bytes' mutations go on
        values = List.of();
      }
      // a third of the variants keep the document readable: names spelt with escapes, members
      // reordered, white space, escapes and non-ASCII into strings, unknown members (read leniently)
      int kind = keep ? KEEPING[r.nextInt(KEEPING.length)] : r.nextInt(18);
      if (values.size() < 2 && kind < 12) {
        kind = 12 + r.nextInt(6);
      }
      Span v = values.isEmpty() ? null : values.get(r.nextInt(values.size()));
      Span member = null;
      for (int tries = 0; tries < 20 && !values.isEmpty(); tries++) {
        Span s = values.get(r.nextInt(values.size()));
        if (s.nameStart() >= 0) {
          member = s;
          break;
        }
      }
      if (member == null && kind < 6) {
        kind = 6 + r.nextInt(12);
      }
      switch (kind) {
        case 0 -> { // delete a member, and the comma before or after it
          kinds.add("delete");
          text = deleteMember(text, member);
        }
        case 1 -> { // repeat a member
          kinds.add("duplicate");
          String m = text.substring(member.nameStart(), member.end());
          text = text.substring(0, member.end()) + "," + m + text.substring(member.end());
        }
        case 2 -> { // an unknown member next to it
          kinds.add("unknown");
          String name = r.nextBoolean() ? "x-extra" : r.nextBoolean() ? "zzz" : "x-\\u00e9";
          String value = switch (r.nextInt(4)) {
            case 0 -> "{\"a\":[1,2,{\"b\":null}]}";
            case 1 -> "{\"a\":1,\"b\":{\"c\":\"\\u00e9\"},\"a\":2}";
            case 2 -> "[\"x\",-0,1e999999999,{}]";
            default -> VALUES[r.nextInt(VALUES.length)];
          };
          text = text.substring(0, member.nameStart()) + "\"" + name + "\":" + value + "," + text.substring(member.nameStart());
        }
        case 3 -> { // the name spelt with escapes
          kinds.add("escaped name");
          String name = text.substring(member.nameStart() + 1, text.indexOf('"', member.nameStart() + 1));
          StringBuilder b = new StringBuilder();
          for (char ch : name.toCharArray()) {
            b.append(r.nextInt(3) == 0 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
          }
          text = text.substring(0, member.nameStart() + 1) + b + text.substring(member.nameStart() + 1 + name.length());
        }
        case 4 -> { // swap with a sibling member
          kinds.add("reorder");
          Span other = null;
          for (Span s : values) {
            if (s.parent() != null && s.parent().start() == member.parent().start() && s.nameStart() > member.end()) {
              other = s;
              break;
            }
          }
          if (other != null) {
            text = text.substring(0, member.nameStart()) + text.substring(other.nameStart(), other.end())
                + text.substring(member.end(), other.nameStart()) + text.substring(member.nameStart(), member.end())
                + text.substring(other.end());
          }
        }
        case 5 -> { // a name a little off
          kinds.add("renamed");
          text = text.substring(0, member.nameStart() + 1) + (r.nextBoolean() ? "X" : "") + text.substring(member.nameStart() + 2);
        }
        case 6, 7 -> { // another value: of another type, null, at the edges
          kinds.add("value");
          text = replace(text, v, VALUES[r.nextInt(VALUES.length)]);
        }
        case 8 -> { // a number at and over the limits
          kinds.add("number");
          text = replace(text, v, number(r));
        }
        case 9 -> { // a string at and over the limits
          kinds.add("long string");
          text = replace(text, v, longString(r, v, text));
        }
        case 10 -> { // escapes and non-ASCII into a string
          kinds.add("escape");
          Span s = v;
          for (Span candidate : values) {
            if (candidate.kind() == 's' && r.nextInt(4) == 0) {
              s = candidate;
              break;
            }
          }
          if (s.kind() == 's') {
            int at = s.start() + 1 + r.nextInt(Math.max(1, s.end() - s.start() - 2));
            if (text.charAt(at - 1) == '\\') {
              at--;
            }
            String[] escapes = keep ? KEPT_ESCAPES : ESCAPES;
            text = text.substring(0, at) + escapes[r.nextInt(escapes.length)] + text.substring(at);
          }
        }
        case 11 -> { // deep nesting
          kinds.add("deep");
          int depth = 12 + r.nextInt(8);
          String open = r.nextBoolean() ? "[" : "{\"a\":";
          String close = open.equals("[") ? "]" : "}";
          text = replace(text, v, open.repeat(depth) + "1" + close.repeat(depth));
        }
        case 12 -> { // truncated
          kinds.add("truncated");
          text = text.substring(0, r.nextInt(text.length() + 1));
        }
        case 13 -> { // white space: CRLF, tabs, a byte-order mark
          kinds.add("white space");
          switch (r.nextInt(5)) {
            case 0 -> text = text.replace("\n", "\r\n");
            case 4 -> text = text.replace("\n", "\r");
            case 1 -> text = "\uFEFF" + text;
            case 2 -> text = "\n\t " + text + " \r\n\t";
            default -> text = text.replace(",", ", \t");
          }
        }
        case 14 -> { // a character deleted or added anywhere
          kinds.add("character");
          int at = r.nextInt(text.length() + 1);
          String chars = ",:{}[]\" \\0a\u00e9";
          String c = String.valueOf(chars.charAt(r.nextInt(chars.length())));
          text = r.nextBoolean() || at == text.length() ? text.substring(0, at) + c + text.substring(at)
              : text.substring(0, at) + text.substring(at + 1);
        }
        default -> { // the bytes: invalid UTF-8, truncated in a character
          kinds.add("bytes");
          bytes = bytes(text, r);
        }
      }
      if (bytes != null) {
        break;
      }
    }
    return new Mutated(bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8), kinds);
  }

  private static byte[] bytes(String text, SplittableRandom r) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    int at = r.nextInt(b.length + 1);
    byte[][] bad = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF}, {0}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xC3}};
    byte[] insert = bad[r.nextInt(bad.length)];
    if (r.nextInt(4) == 0) {
      // truncated at a byte
      return java.util.Arrays.copyOf(b, at);
    }
    byte[] out = new byte[b.length + insert.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(b, at, out, at + insert.length, b.length - at);
    return out;
  }

  private static String replace(String text, Span v, String with) {
    return text.substring(0, v.start()) + with + text.substring(v.end());
  }

  private static String deleteMember(String text, Span member) {
    int start = member.nameStart();
    int end = member.end();
    int after = skip(text, end);
    if (after < text.length() && text.charAt(after) == ',') {
      return text.substring(0, start) + text.substring(after + 1);
    }
    int before = start - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    if (before >= 0 && text.charAt(before) == ',') {
      return text.substring(0, before) + text.substring(end);
    }
    return text.substring(0, start) + text.substring(end);
  }

  private static String number(SplittableRandom r) {
    int length = 18 + r.nextInt(6) + (r.nextInt(4) == 0 ? 80 : 0);
    StringBuilder b = new StringBuilder();
    if (r.nextBoolean()) {
      b.append('-');
    }
    b.append(1 + r.nextInt(9));
    while (b.length() < length) {
      b.append(r.nextInt(10));
    }
    switch (r.nextInt(4)) {
      case 0 -> b.insert(b.length() / 2, '.');
      case 1 -> b.append("e").append(r.nextBoolean() ? "-" : "").append(r.nextInt(2000));
      case 2 -> b.append("E+999");
      default -> { }
    }
    if (r.nextInt(3) == 0) {
      return "\"" + b + "\"";
    }
    return b.toString();
  }

  private static String longString(SplittableRandom r, Span v, String text) {
    int length = 998 + r.nextInt(6);
    String unit = switch (r.nextInt(5)) {
      case 0 -> "a";
      case 1 -> "é";
      case 2 -> "😀";
      case 3 -> "\\u00e9";
      default -> "\\\"";
    };
    int units = unit.equals("😀") ? length / 2 : length;
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < units; i++) {
      b.append(unit);
    }
    if (unit.equals("😀") && length % 2 == 1) {
      b.append('a');
    }
    return b.append('"').toString();
  }
}
