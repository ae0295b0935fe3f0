package dev.kansen.model.id;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ValueCode;
import dev.kansen.model.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/** The one format check every identifier record uses. */
final class IdFormat {
  private IdFormat() {}

  /**
   * @param format the format
   * @param value the value to check
   * @param code the code of a value of the wrong format
   * @param type the type's name, for the message when the value is null
   * @param variant the variant of the code's message, or {@code null} for none
   */
  static void check(Pattern format, String value, ValueCode code, String type, String variant) {
    Objects.requireNonNull(value, () -> type + " value must not be null");
    if (!format.matcher(value).matches()) {
      String shown = InvalidValueException.shorten(value);
      throw new InvalidValueException("", value, variant == null ? CodeMessage.of(code, "value", shown)
          : CodeMessage.variant(code, variant, "value", shown));
    }
  }
}
