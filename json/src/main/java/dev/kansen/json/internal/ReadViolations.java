package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import dev.kansen.validation.Severity;
import dev.kansen.validation.Violation;
import java.util.Optional;

/** Builds the violations of reading: an error with its code, JSON Pointer, message and position. */
final class ReadViolations {
  private ReadViolations() {}

  /**
   * A violation of a value the model refused, whose message the model's exception gives; the
   * reader's own codes take theirs from the bundle ({@link #of(CodeMessage, JsonPointer, JsonLocation)}).
   *
   * @param code the code
   * @param at where
   * @param location where in the text, or null when unknown
   * @param message the message
   * @return the violation, of severity {@code ERROR}
   */
  static Violation of(String code, JsonPointer at, JsonLocation location, String message) {
    Violation.Builder b = Violation.builder().code(code).severity(Severity.ERROR).path(at).message(message);
    position(location).ifPresent(b::position);
    return b.build();
  }

  /**
   * A violation whose message comes from the bundle, with its variant and arguments, so that it can
   * be written in another language.
   */
  static Violation of(CodeMessage message, JsonPointer at, JsonLocation location) {
    Violation.Builder b = Violation.builder().from(message.at(at)).severity(Severity.ERROR);
    position(location).ifPresent(b::position);
    return b.build();
  }

  /**
   * @param location a location in the text, or null
   * @return its line and column, when it has them
   */
  static Optional<Position> position(JsonLocation location) {
    if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
      return Optional.empty();
    }
    return Optional.of(new Position(location.getLineNr(), location.getColumnNr()));
  }

  /**
   * @param context a Jackson parsing context
   * @return the same place as a kansen JSON Pointer
   */
  static JsonPointer pointer(JsonStreamContext context) {
    return context == null ? JsonPointer.root() : JsonPointer.parse(context.pathAsPointer().toString());
  }
}
