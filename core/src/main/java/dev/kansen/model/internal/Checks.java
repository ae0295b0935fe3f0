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
    if (!isId(id)) {
      throw new InvalidValueException(attribute, id, CodeMessage.of(ValueCode.INVALID_ID, "type", type,
          "attribute", attribute, "value", InvalidValueException.shorten(id)));
    }
  }

  /**
   * The test of {@link #id}, without a regular expression: ids are checked for every entity read.
   *
   * @param id a text
   * @return whether it is an entity id
   */
  static boolean isId(String id) {
    int length = id.length();
    if (length == 0 || length > 100 || !isLetterOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = id.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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
    if (text.isBlank()) {
      throw new InvalidValueException(attribute, text, CodeMessage.of(ValueCode.BLANK_TEXT, "type", type,
          "attribute", attribute));
    }
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
