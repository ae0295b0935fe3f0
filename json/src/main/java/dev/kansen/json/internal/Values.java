package dev.kansen.json.internal;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ReadCode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.BigDecimalParser;
import dev.kansen.model.InvalidValueException;
import dev.kansen.validation.JsonPointer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Readers of the wire format's scalar values and lists. Each is called at the value's first token,
 * leaves the parser at its last token, and returns null after reporting when the value is unusable.
 */
final class Values {
  /** Exponents beyond this are refused: a short text such as 1e999999999 must not become a huge number. */
  static final int MAX_SCALE = 1000;
  /** Sets up to this size find repeated items by comparing pairs: linear for any input, since it is bounded. */
  private static final int SMALL_SET = 16;

  private Values() {}

  /** Reads one value of some type at a pointer. */
  @FunctionalInterface
  interface ValueReader<T> {
    T read(ReadSession session, JsonPointer at) throws IOException;
  }

  /**
   * Checks the current token's type, reporting NULL_VALUE or WRONG_TYPE and skipping the value.
   *
   * @param expected the token expected
   * @param type the type of the object expected, named in the message, or null for a value that is not an object
   * @return whether the token is the expected one
   */
  static boolean expect(ReadSession s, JsonPointer at, JsonToken expected, String type) throws IOException {
    JsonParser p = s.parser();
    JsonToken token = p.currentToken();
    if (token == expected) {
      return true;
    }
    if (token == JsonToken.VALUE_NULL) {
      s.report(type == null ? CodeMessage.of(ReadCode.NULL_VALUE, "expected", expected(expected))
          : CodeMessage.variant(ReadCode.NULL_VALUE, "object", "type", type), at, p.currentTokenLocation());
    } else {
      s.report(type == null ? CodeMessage.of(ReadCode.WRONG_TYPE, "expected", expected(expected), "found", found(token))
          : CodeMessage.variant(ReadCode.WRONG_TYPE, "object", "type", type, "found", found(token)),
          at, p.currentTokenLocation());
      p.skipChildren();
    }
    return false;
  }

  /** @return the term (see the message bundle's {@code term.NAME}) of the value a token starts */
  private static String found(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "object";
      case START_ARRAY -> "array";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT -> "integer";
      case VALUE_NUMBER_FLOAT -> "decimal";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      default -> String.valueOf(token);
    };
  }

  /** @return the term of the value expected where a token is expected */
  private static String expected(JsonToken token) {
    return switch (token) {
      case VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "trueOrFalse";
      default -> found(token);
    };
  }

  static String text(ReadSession s, JsonPointer at) throws IOException {
    return expect(s, at, JsonToken.VALUE_STRING, null) ? s.parser().getText() : null;
  }

  static Boolean bool(ReadSession s, JsonPointer at) throws IOException {
    JsonToken token = s.parser().currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    expect(s, at, JsonToken.VALUE_TRUE, null);
    return null;
  }

  static Long integer(ReadSession s, JsonPointer at, long min, long max) throws IOException {
    if (!expect(s, at, JsonToken.VALUE_NUMBER_INT, null)) {
      return null;
    }
    JsonParser p = s.parser();
    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER || p.getLongValue() < min || p.getLongValue() > max) {
      s.report(CodeMessage.variant(ReadCode.INVALID_NUMBER, "range", "min", min, "max", max,
          "value", InvalidValueException.shorten(p.getText())), at, p.currentTokenLocation());
      return null;
    }
    return p.getLongValue();
  }

  static Integer int32(ReadSession s, JsonPointer at) throws IOException {
    JsonParser p = s.parser();
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    Long value = integer(s, at, Integer.MIN_VALUE, Integer.MAX_VALUE);
    return value == null ? null : value.intValue();
  }

  /**
   * A decimal written as a JSON number, read exactly (never through a double), with the scale the
   * text gives it ({@code 1E+3} stays {@code 1E+3}). Jackson's {@link BigDecimalParser} converts
   * short texts with {@code new BigDecimal(String)} and long ones with its bundled fast parser,
   * whose time grows less than quadratically with the digits, as the JDK's does not.
   */
  static BigDecimal number(ReadSession s, JsonPointer at) throws IOException {
    JsonParser p = s.parser();
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      expect(s, at, JsonToken.VALUE_NUMBER_FLOAT, null);
      return null;
    }
    // converted from the parser's buffer, without a String of the text
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    BigDecimal value;
    try {
      value = BigDecimalParser.parse(chars, offset, length);
    } catch (NumberFormatException e) {
      // a JSON number's only way to fail conversion: an exponent beyond the int range
      s.report(CodeMessage.variant(ReadCode.INVALID_NUMBER, "exponent", "value",
          InvalidValueException.shorten(new String(chars, offset, length))), at, p.currentTokenLocation());
      return null;
    }
    return checkedScale(s, at, value);
  }

  /** A decimal written as a JSON string in plain notation, such as {@code "50000.00"}. */
  static BigDecimal decimalText(ReadSession s, JsonPointer at) throws IOException {
    if (!expect(s, at, JsonToken.VALUE_STRING, null)) {
      return null;
    }
    // checked and converted in the parser's buffer, without a String of the text
    JsonParser p = s.parser();
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    // Jackson checks a string's length only as its buffers fill, so whether a text just over the
    // limit is refused depends on the buffers a parser was given and on where its input came in
    // pieces: the lean pass takes none, and leaves it to the diagnostic pass to report or read
    boolean overLimit = s.lean() && length > p.streamReadConstraints().getMaxStringLength();
    if (overLimit || !isPlainDecimal(chars, offset, length) || length > p.streamReadConstraints().getMaxNumberLength()) {
      s.report(CodeMessage.variant(ReadCode.INVALID_NUMBER, "plain", "value",
          InvalidValueException.shorten(new String(chars, offset, length))), at, p.currentTokenLocation());
      return null;
    }
    return BigDecimalParser.parse(chars, offset, length);
  }

  /** @return whether the text is a decimal in plain notation: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?} */
  static boolean isPlainDecimal(String text) {
    return isPlainDecimal(text.toCharArray(), 0, text.length());
  }

  /** @return whether the characters from {@code offset} are a decimal in plain notation (see {@link #isPlainDecimal(String)}) */
  private static boolean isPlainDecimal(char[] c, int offset, int length) {
    int n = offset + length;
    int i = length > 0 && c[offset] == '-' ? offset + 1 : offset;
    if (i == n || !isDigit(c[i])) {
      return false;
    }
    if (c[i] == '0') {
      i++;
    } else {
      while (i < n && isDigit(c[i])) {
        i++;
      }
    }
    if (i == n) {
      return true;
    }
    if (c[i] != '.' || i + 1 == n) {
      return false;
    }
    for (i++; i < n; i++) {
      if (!isDigit(c[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static BigDecimal checkedScale(ReadSession s, JsonPointer at, BigDecimal value) {
    if (Math.abs(value.scale()) > MAX_SCALE) {
      s.report(CodeMessage.variant(ReadCode.INVALID_NUMBER, "exponent", "value", InvalidValueException.shorten(value.toString())),
          at, s.parser().currentTokenLocation());
      return null;
    }
    return value;
  }

  static LocalDate date(ReadSession s, JsonPointer at) throws IOException {
    JsonParser p = s.parser();
    if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == 10) {
      // the common case, read from the parser's buffer without making a String
      LocalDate date = isoDate(p.getTextCharacters(), p.getTextOffset());
      if (date != null) {
        return date;
      }
    }
    // not a string, or not a date written yyyy-mm-dd in ASCII digits that is on the calendar
    String text = text(s, at);
    if (text == null) {
      return null;
    }
    s.report(CodeMessage.of(ReadCode.INVALID_DATE, "value", InvalidValueException.shorten(text)),
        at, s.parser().currentTokenLocation());
    return null;
  }

  /** @return the valid date written {@code yyyy-mm-dd} in ASCII digits at the offset, or null */
  private static LocalDate isoDate(char[] c, int o) {
    if (c[o + 4] != '-' || c[o + 7] != '-') {
      return null;
    }
    int year = digits(c, o, 4);
    int month = digits(c, o + 5, 2);
    int day = digits(c, o + 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** @return the number written in ASCII digits, or -1 */
  private static int digits(char[] c, int from, int length) {
    int value = 0;
    for (int i = from; i < from + length; i++) {
      char d = c[i];
      if (d < '0' || d > '9') {
        return -1;
      }
      value = value * 10 + (d - '0');
    }
    return value;
  }

  /** A text turned into a value by a model factory that may throw {@link InvalidValueException}. */
  static <T> T parsed(ReadSession s, JsonPointer at, Function<String, T> factory) throws IOException {
    String text = text(s, at);
    if (text == null) {
      return null;
    }
    try {
      return factory.apply(text);
    } catch (InvalidValueException e) {
      List<String> segments = at.segments();
      boolean named = !segments.isEmpty() && segments.get(segments.size() - 1).equals(e.attribute());
      JsonPointer where = named ? at : at.resolve(e.attribute());
      s.report(e, where, s.parser().currentTokenLocation());
      return null;
    }
  }

  static <E extends Enum<E>> E constant(ReadSession s, JsonPointer at, Class<E> type) throws IOException {
    String text = text(s, at);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      // reported below
    }
    s.report(CodeMessage.of(ReadCode.UNKNOWN_ENUM_VALUE, "value", InvalidValueException.shorten(text),
        "type", type.getSimpleName(), "constants", Arrays.toString(type.getEnumConstants())),
        at, s.parser().currentTokenLocation());
    return null;
  }

  static <E extends Enum<E>> ValueReader<E> constant(Class<E> type) {
    E[] constants = type.getEnumConstants();
    char[][] names = new char[constants.length][];
    for (int i = 0; i < constants.length; i++) {
      names[i] = constants[i].name().toCharArray();
    }
    return (s, at) -> {
      JsonParser p = s.parser();
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        // found in the parser's buffer without making a String; anything else is reported below
        char[] text = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        for (int i = 0; i < names.length; i++) {
          if (names[i].length == length && Arrays.equals(names[i], 0, length, text, offset, offset + length)) {
            return constants[i];
          }
        }
      }
      return constant(s, at, type);
    };
  }

  /**
   * Reads an array, element by element; an unusable element is reported and the rest are read.
   *
   * @param items the empty list to add the elements to (the session's, reused: see
   *     {@link ReadSession#borrowList()})
   * @return the list of the elements, or null when the value is not an array or any element was unusable
   */
  static <T> List<T> list(ReadSession s, JsonPointer at, ValueReader<T> element, List<T> items) throws IOException {
    if (!expect(s, at, JsonToken.START_ARRAY, null)) {
      return null;
    }
    boolean failed = false;
    int index = 0;
    while (s.next() != JsonToken.END_ARRAY) {
      T item = element.read(s, s.lean() ? at : at.index(index));
      index++;
      if (item == null && s.salvaging()) {
        s.salvage().leftOut(at.index(index - 1), null);
      } else if (item == null) {
        failed = true;
      } else {
        items.add(item);
      }
    }
    return failed ? null : items;
  }

  /** @return whether the item at {@code i} equals one before it, compared without a view of the list */
  private static boolean occursBefore(List<?> items, int i) {
    Object item = items.get(i);
    for (int j = 0; j < i; j++) {
      if (item.equals(items.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** Like {@link #list}, and each element may occur only once. */
  static <T> List<T> set(ReadSession s, JsonPointer at, ValueReader<T> element, List<T> items) throws IOException {
    JsonParser p = s.parser();
    if (list(s, at, element, items) == null) {
      return null;
    }
    // a set holds a few constants or numbers: pairs compared cost less than a hash set, up to a size
    Set<T> unique = items.size() > SMALL_SET ? new HashSet<>() : null;
    for (int i = 0; i < items.size(); i++) {
      if (unique == null ? occursBefore(items, i) : !unique.add(items.get(i))) {
        s.report(CodeMessage.of(ReadCode.DUPLICATE_ITEM, "item", InvalidValueException.shorten(String.valueOf(items.get(i)))),
            at.index(i), p.currentTokenLocation());
        return null;
      }
    }
    return items;
  }
}
