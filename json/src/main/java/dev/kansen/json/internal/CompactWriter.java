package dev.kansen.json.internal;

import com.fasterxml.jackson.core.io.CharTypes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes one document as compact JSON straight into a byte array: the bytes Jackson's generator
 * writes for the same calls (its escapes, each half of a surrogate pair as a six-character
 * escape as Jackson writes pairs by default, UTF-8 for the rest), without its output context, its
 * checks per call or a delegate in between. Within each string it finds unpaired surrogates as
 * it encodes. It never refuses with a message: at anything the {@link LimitedGenerator} would
 * refuse (a string, name or number beyond the limits, nesting too deep, an unpaired surrogate, a
 * date or decimal that reading does not accept) and at anything it does not write itself (kept
 * unknown properties), it {@linkplain GiveUp gives up}, and the document is written again
 * through the limited generator, which refuses with the value's JSON Pointer or writes it.
 */
final class CompactWriter {
  /**
   * The compact writer gave up: the document is to be written through the limited generator.
   * One instance, without a stack trace: giving up is a decision, not a failure.
   */
  static final class GiveUp extends Exception {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super("written through the limited generator", null, false, false);
    }
  }

  // Jackson's escapes of the ASCII characters: 0 none, a character for its two-character escape
  // (\n, \" ...), negative for \\u00XX
  private static final int[] ESCAPES = CharTypes.get7BitOutputEscapes();
  private static final byte[] HEX = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
  // the characters of a string for which room is reserved at a time
  private static final int PIECE = 8 * 1024;
  private static final byte[] LONG_MIN_DIGITS = "9223372036854775808".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final int maxNestingDepth;
  private byte[] out;
  private int at;
  // whether the next value or name follows a sibling, and so a comma
  private boolean comma;
  private int depth;

  /**
   * @param into the array to write into from its start; a larger one replaces it when it fills
   * @param maxStringLength the longest string the reader accepts, in characters
   * @param maxNameLength the longest property name the reader accepts, in characters
   * @param maxNumberLength the longest number the reader accepts, in characters
   * @param maxNestingDepth the deepest nesting the reader accepts
   */
  CompactWriter(byte[] into, int maxStringLength, int maxNameLength, int maxNumberLength, int maxNestingDepth) {
    this.out = into;
    this.maxStringLength = maxStringLength;
    this.maxNameLength = maxNameLength;
    this.maxNumberLength = maxNumberLength;
    this.maxNestingDepth = maxNestingDepth;
  }

  /**
   * @param name a property name
   * @return the name as written before its value: quoted, escaped, in UTF-8 and followed by a colon
   */
  static byte[] nameBytes(String name) {
    byte[] quoted = quoted(name);
    byte[] withColon = Arrays.copyOf(quoted, quoted.length + 1);
    withColon[quoted.length] = ':';
    return withColon;
  }

  /**
   * @param text a text without unpaired surrogates
   * @return the text as written as a string: quoted, escaped and in UTF-8
   */
  static byte[] quoted(String text) {
    CompactWriter w = new CompactWriter(new byte[text.length() * 6 + 2], Integer.MAX_VALUE, 0, 0, 0);
    try {
      w.string(text);
    } catch (GiveUp e) {
      throw new IllegalArgumentException("not Unicode text: " + text, e);
    }
    return Arrays.copyOf(w.out, w.at);
  }

  /** @return the array written into, which holds the document from its start */
  byte[] buffer() {
    return out;
  }

  /** @return the number of bytes written */
  int length() {
    return at;
  }

  private void ensure(int more) {
    if (at + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, at + more));
    }
  }

  private void separate() {
    if (comma) {
      out[at++] = ',';
    }
  }

  /** Starts an object, as an element or a property's value. */
  void startObject() throws GiveUp {
    start('{');
  }

  /** Ends the innermost object. */
  void endObject() {
    end('}');
  }

  /** Starts an array, as an element or a property's value. */
  void startArray() throws GiveUp {
    start('[');
  }

  /** Ends the innermost array. */
  void endArray() {
    end(']');
  }

  private void start(char bracket) throws GiveUp {
    if (++depth > maxNestingDepth) {
      throw GiveUp.INSTANCE;
    }
    ensure(2);
    separate();
    out[at++] = (byte) bracket;
    comma = false;
  }

  private void end(char bracket) {
    ensure(1);
    out[at++] = (byte) bracket;
    depth--;
    comma = true;
  }

  /**
   * Writes a property name.
   *
   * @param bytes the name as {@link #nameBytes} makes it
   * @param length the name's length in characters
   */
  void name(byte[] bytes, int length) throws GiveUp {
    encoded(bytes, length, maxNameLength);
    comma = false;
  }

  /**
   * Writes a string already quoted and encoded.
   *
   * @param bytes the string as {@link #quoted} makes it
   * @param length the string's length in characters
   */
  void quotedString(byte[] bytes, int length) throws GiveUp {
    encoded(bytes, length, maxStringLength);
    comma = true;
  }

  /** Copies a name or string encoded once, after a comma when it follows a sibling; gives up beyond the limit. */
  private void encoded(byte[] bytes, int length, int max) throws GiveUp {
    if (length > max) {
      throw GiveUp.INSTANCE;
    }
    ensure(bytes.length + 1);
    separate();
    System.arraycopy(bytes, 0, out, at, bytes.length);
    at += bytes.length;
  }

  /** Writes a string; gives up when it is too long or holds an unpaired surrogate. */
  void string(String text) throws GiveUp {
    int length = text.length();
    if (length > maxStringLength) {
      throw GiveUp.INSTANCE;
    }
    // Room is reserved a piece of the text at a time: every character takes at most three bytes,
    // escapes (and pairs) make room for themselves. So a long text takes about its own length,
    // not three times it, and the room reserved cannot overflow.
    int end = Math.min(length, PIECE);
    ensure(end * 3 + 3);
    byte[] o = out;
    int p = at;
    if (comma) {
      o[p++] = ',';
    }
    o[p++] = '"';
    int i = 0;
    while (true) {
      // a run of characters written as they are, one byte each
      while (i < end) {
        char ch = text.charAt(i);
        if (ch >= 128 || ESCAPES[ch] != 0) {
          break;
        }
        o[p++] = (byte) ch;
        i++;
      }
      if (i == length) {
        break;
      }
      at = p;
      if (i >= end) {
        // the next piece (a pair may have ended one character into it), and the closing quote
        end = Math.min(length, i + PIECE);
        ensure((end - i) * 3 + 1);
      } else {
        i = special(text, i, end);
      }
      o = out;
      p = at;
    }
    o[p++] = '"';
    at = p;
    comma = true;
  }

  /**
   * Writes a character that is escaped or takes more than one byte, or a surrogate pair, at
   * {@link #at}, which it moves on.
   *
   * @param end the end of the piece of the text for which room is reserved: three bytes for
   *     each character before it, and the closing quote
   * @return the index of the next character
   */
  private int special(String text, int i, int end) throws GiveUp {
    char ch = text.charAt(i);
    if (ch < 128) {
      // six bytes for this character, three for each of the rest of the piece and the closing quote
      ensure(6 + (end - i) * 3 + 1);
      byte[] o = out;
      int escape = ESCAPES[ch];
      o[at++] = '\\';
      if (escape > 0) {
        o[at++] = (byte) escape;
      } else {
        o[at++] = 'u';
        o[at++] = '0';
        o[at++] = '0';
        o[at++] = HEX[ch >> 4];
        o[at++] = HEX[ch & 0xF];
      }
      return i + 1;
    }
    byte[] o = out;
    if (ch < 0x800) {
      o[at++] = (byte) (0xC0 | (ch >> 6));
      o[at++] = (byte) (0x80 | (ch & 0x3F));
      return i + 1;
    }
    if (Character.isSurrogate(ch)) {
      if (!Character.isHighSurrogate(ch) || i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
        throw GiveUp.INSTANCE;
      }
      // as Jackson writes a pair by default: each half escaped, twelve bytes for two characters
      // (the second may be the first of the next piece)
      ensure(12 + Math.max(0, end - i - 2) * 3 + 1);
      escape(ch);
      escape(text.charAt(i + 1));
      return i + 2;
    }
    o[at++] = (byte) (0xE0 | (ch >> 12));
    o[at++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
    o[at++] = (byte) (0x80 | (ch & 0x3F));
    return i + 1;
  }

  private void escape(char ch) {
    byte[] o = out;
    o[at++] = '\\';
    o[at++] = 'u';
    o[at++] = HEX[ch >> 12];
    o[at++] = HEX[(ch >> 8) & 0xF];
    o[at++] = HEX[(ch >> 4) & 0xF];
    o[at++] = HEX[ch & 0xF];
  }

  /** Writes a date as {@code "yyyy-mm-dd"}; gives up on a year reading does not accept. */
  void date(LocalDate date) throws GiveUp {
    int year = date.getYear();
    if (year < 0 || year > 9999 || 10 > maxStringLength) {
      throw GiveUp.INSTANCE;
    }
    ensure(13);
    separate();
    byte[] o = out;
    int p = at;
    o[p++] = '"';
    digits(o, p, year, 4);
    o[p + 4] = '-';
    digits(o, p + 5, date.getMonthValue(), 2);
    o[p + 7] = '-';
    digits(o, p + 8, date.getDayOfMonth(), 2);
    o[p + 10] = '"';
    at = p + 11;
    comma = true;
  }

  /**
   * Writes a school year as {@code SchoolYear#toString} spells it, {@code "2023-2024"}; gives up
   * on a year of other than four digits (which the model does not hold).
   *
   * @param startYear the calendar year in which the school year starts
   */
  void schoolYear(int startYear) throws GiveUp {
    if (startYear < 1000 || startYear > 9998 || 9 > maxStringLength) {
      throw GiveUp.INSTANCE;
    }
    ensure(12);
    separate();
    byte[] o = out;
    int p = at;
    o[p] = '"';
    digits(o, p + 1, startYear, 4);
    o[p + 5] = '-';
    digits(o, p + 6, startYear + 1, 4);
    o[p + 10] = '"';
    at = p + 11;
    comma = true;
  }

  private static void digits(byte[] o, int p, int value, int width) {
    for (int i = p + width - 1; i >= p; i--) {
      o[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }

  /** Writes an integer. */
  void number(long value) {
    ensure(21);
    separate();
    byte[] o = out;
    if (value < 0) {
      o[at++] = '-';
      if (value == Long.MIN_VALUE) {
        System.arraycopy(LONG_MIN_DIGITS, 0, o, at, LONG_MIN_DIGITS.length);
        at += LONG_MIN_DIGITS.length;
        comma = true;
        return;
      }
      value = -value;
    }
    int n = 1;
    for (long bound = 10; n < 19 && value >= bound; bound *= 10) {
      n++;
    }
    for (int i = at + n - 1; i >= at; i--) {
      o[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    at += n;
    comma = true;
  }

  /** Writes {@code true} or {@code false}. */
  void bool(boolean value) {
    ensure(6);
    separate();
    byte[] word = value ? TRUE : FALSE;
    System.arraycopy(word, 0, out, at, word.length);
    at += word.length;
    comma = true;
  }

  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

  /**
   * Writes a decimal as a JSON number with the scale it has; gives up beyond the scale or the
   * number length reading accepts.
   *
   * @param value the decimal
   * @param maxScale the largest scale, either way, that reading accepts
   */
  void decimal(BigDecimal value, int maxScale) throws GiveUp {
    // widened: the scale of Integer.MIN_VALUE has no int of its size
    if (Math.abs((long) value.scale()) > maxScale) {
      throw GiveUp.INSTANCE;
    }
    String text = value.toString();
    int length = text.length();
    if (length > maxNumberLength) {
      throw GiveUp.INSTANCE;
    }
    ensure(length + 1);
    separate();
    // a decimal's text is ASCII
    for (int i = 0; i < length; i++) {
      out[at++] = (byte) text.charAt(i);
    }
    comma = true;
  }

  /**
   * Writes a decimal in plain notation as a string, as an amount of money is written; gives up
   * beyond the longest number or the longest string.
   *
   * @param text the decimal in plain notation
   */
  void decimalText(String text) throws GiveUp {
    if (text.length() > maxNumberLength) {
      throw GiveUp.INSTANCE;
    }
    string(text);
  }
}
