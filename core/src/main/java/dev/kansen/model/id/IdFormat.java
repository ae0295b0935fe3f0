package dev.kansen.model.id;

import dev.kansen.validation.ValueCode;
import dev.kansen.model.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/** The one format check every identifier record uses. */
final class IdFormat {
  private IdFormat() {}

  static void check(Pattern format, String value, ValueCode code, String type, String expected) {
    Objects.requireNonNull(value, () -> type + " value must not be null");
    if (!format.matcher(value).matches()) {
      throw new InvalidValueException(code, "", value,
          type + " must be " + expected + ", but was \"" + InvalidValueException.shorten(value) + "\"");
    }
  }
}
