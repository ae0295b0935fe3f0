package dev.kansen.model.internal;

import dev.kansen.validation.ValueCode;
import dev.kansen.model.InvalidValueException;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Construction-time checks shared by the model's value types. Not part of the public API. */
public final class Checks {
  /** Entity ids: a letter or digit first, then letters, digits and {@code . _ : -}; at most 100. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

  private Checks() {}

  /**
   * Fails with an {@link InvalidValueException} unless the condition holds.
   *
   * @param condition what must hold
   * @param code the violation code
   * @param attribute the attribute's wire name
   * @param value the offending value
   * @param message the message, naming attribute and value
   */
  public static void require(boolean condition, ValueCode code, String attribute, Object value, String message) {
    if (!condition) {
      throw new InvalidValueException(code, attribute, value, message);
    }
  }

  /**
   * Checks a document-unique entity id.
   *
   * @param type the type's name, for the message
   * @param attribute the attribute's wire name
   * @param id the id
   */
  public static void id(String type, String attribute, String id) {
    require(ID.matcher(id).matches(), ValueCode.INVALID_ID, attribute, id,
        type + "." + attribute + " must start with a letter or digit and hold only letters, digits and . _ : -"
            + " (at most 100 characters), but was \"" + InvalidValueException.shorten(id) + "\"");
  }

  /**
   * Checks each id of a list of references.
   *
   * @param type the type's name, for the message
   * @param attribute the attribute's wire name
   * @param ids the ids
   */
  public static void ids(String type, String attribute, Collection<String> ids) {
    int i = 0;
    for (String id : ids) {
      id(type, attribute + "/" + i++, id);
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
    require(!text.isBlank(), ValueCode.BLANK_TEXT, attribute, text,
        type + "." + attribute + " must not be blank");
  }

  /**
   * Checks that an optional text, when present, is not blank.
   *
   * @param type the type's name
   * @param attribute the attribute's wire name
   * @param text the optional text
   */
  public static void text(String type, String attribute, Optional<String> text) {
    text.ifPresent(t -> text(type, attribute, t));
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
    require(count >= 0, ValueCode.NEGATIVE_COUNT, attribute, count,
        type + "." + attribute + " must not be negative, but was " + count);
  }
}
