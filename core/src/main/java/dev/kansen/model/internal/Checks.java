package dev.kansen.model.internal;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ValueCode;
import dev.kansen.model.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Construction-time checks shared by the model's value types. Not part of the public API. */
public final class Checks {
  private Checks() {}

  /**
   * Checks a document-unique entity id.
   *
   * @param type the type's name, for the message
   * @param attribute the attribute's wire name
   * @param id the id
   */
  public static void id(String type, String attribute, String id) {
    // small enough for the JIT to inline wherever it is called: the failure is made elsewhere
    if (!isId(id)) {
      throw invalidId(type, attribute, id);
    }
  }

  private static InvalidValueException invalidId(String type, String attribute, String id) {
    return new InvalidValueException(attribute, id, CodeMessage.of(ValueCode.INVALID_ID, "type", type,
        "attribute", attribute, "value", InvalidValueException.shorten(id)));
  }

  /**
   * The test of {@link #id}, without a regular expression: ids are checked for every entity read.
   *
   * @param id a text
   * @return whether it is an entity id
   */
  static boolean isId(String id) {
    int length = id.length();
    if (length == 0 || length > 100 || !in(id.charAt(0), DIGITS, LETTERS)) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      if (!in(id.charAt(i), DIGITS | PUNCTUATION, LETTERS | UNDERSCORE)) {
        return false;
      }
    }
    return true;
  }

  // The characters of ids as bits: those below 64 in one mask, the other ASCII ones in another
  // (bit c - 64), so that a character is tested by one shift rather than a comparison per range.
  private static final long DIGITS = 0x3FFL << '0';
  /** {@code - . :} */
  private static final long PUNCTUATION = 1L << '-' | 1L << '.' | 1L << ':';
  /** {@code A-Z a-z}, in the mask of 64 to 127 */
  private static final long LETTERS = 0x3FFFFFFL << ('A' - 64) | 0x3FFFFFFL << ('a' - 64);
  /** {@code _}, in the mask of 64 to 127 */
  private static final long UNDERSCORE = 1L << ('_' - 64);

  /** @return whether an ASCII character's bit is set: in {@code low} below 64, in {@code high} from 64 */
  private static boolean in(char c, long low, long high) {
    // a shift of a long takes the distance modulo 64: c - 64 for the high mask
    return c < 128 && ((c < 64 ? low : high) >>> c & 1) != 0;
  }

  /**
   * Checks each id of a list of references (by index: the model's lists are random access).
   *
   * @param type the type's name, for the message
   * @param attribute the attribute's wire name
   * @param ids the ids
   */
  public static void ids(String type, String attribute, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      if (!isId(ids.get(i))) {
        id(type, attribute + "/" + i, ids.get(i));
      }
    }
  }

  /**
   * Checks that a text is not blank.
   *
   * @param type the type's name
   * @param attribute the attribute's wire name
   * @param text the text
   */
  public static void text(String type, String attribute, String text) {
    // a text whose first character is not white space is not blank (no supplementary character is
    // white space, so a surrogate first is not); small enough for the JIT to inline everywhere
    if (text.isEmpty() || Character.isWhitespace(text.charAt(0)) && text.isBlank()) {
      throw blank(type, attribute, text);
    }
  }

  private static InvalidValueException blank(String type, String attribute, String text) {
    return new InvalidValueException(attribute, text, CodeMessage.of(ValueCode.BLANK_TEXT, "type", type,
        "attribute", attribute));
  }

  /**
   * Checks that an optional text, when present, is not blank.
   *
   * @param type the type's name
   * @param attribute the attribute's wire name
   * @param text the optional text
   */
  public static void text(String type, String attribute, Optional<String> text) {
    if (text.isPresent()) {
      text(type, attribute, text.get());
    }
  }

  /**
   * Checks that an optional count, when present, is not negative.
   *
   * @param type the type's name
   * @param attribute the attribute's wire name
   * @param count the optional count
   */
  public static void count(String type, String attribute, OptionalInt count) {
    if (count.isPresent()) {
      count(type, attribute, count.getAsInt());
    }
  }

  /**
   * Checks that a count is not negative.
   *
   * @param type the type's name
   * @param attribute the attribute's wire name
   * @param count the count
   */
  public static void count(String type, String attribute, long count) {
    if (count < 0) {
      throw new InvalidValueException(attribute, count, CodeMessage.of(ValueCode.NEGATIVE_COUNT, "type", type,
          "attribute", attribute, "count", count));
    }
  }
}
