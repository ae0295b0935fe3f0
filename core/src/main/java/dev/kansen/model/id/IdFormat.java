package dev.kansen.model.id;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ValueCode;
import dev.kansen.model.InvalidValueException;
import java.util.function.Predicate;

/**
 * The one format check every identifier record uses, and the character tests its formats are
 * written with. The formats are tested by hand instead of by regular expressions: identifiers are
 * checked for every partner and area read, and a successful check allocates nothing.
 * {@code IdFormatTest} holds each format to the regular expression its type documents.
 */
final class IdFormat {
  private IdFormat() {}

  /**
   * @param format whether a value has the format
   * @param value the value to check
   * @param code the code of a value of the wrong format
   * @param type the type's name, for the message when the value is null
   * @param variant the variant of the code's message, or {@code null} for none
   */
  static void check(Predicate<String> format, String value, ValueCode code, String type, String variant) {
    if (value == null) {
      throw new NullPointerException(type + " value must not be null");
    }
    if (!format.test(value)) {
      String shown = InvalidValueException.shorten(value);
      throw new InvalidValueException("", value, variant == null ? CodeMessage.of(code, "value", shown)
          : CodeMessage.variant(code, variant, "value", shown));
    }
  }

  /**
   * @param value a text
   * @param prefix the characters it must start with
   * @param digits how many ASCII digits must follow them, and nothing else
   * @return whether the text is the prefix followed by exactly that many digits
   */
  static boolean prefixedDigits(String value, String prefix, int digits) {
    return value.length() == prefix.length() + digits && value.startsWith(prefix)
        && digits(value, prefix.length(), value.length());
  }

  /**
   * @param value a text
   * @param from the first index to test
   * @param to the index after the last
   * @return whether every character in that range is an ASCII digit
   */
  static boolean digits(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param value a text
   * @param from the first index to test
   * @param to the index after the last
   * @return whether every character in that range is an ASCII capital letter
   */
  static boolean capitals(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isCapital(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
