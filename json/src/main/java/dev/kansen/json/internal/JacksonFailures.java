package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.kansen.model.InvalidValueException;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Violation;

/** Turns Jackson's parse failures into violations, so that no raw Jackson exception escapes. */
final class JacksonFailures {
  private static final String DUPLICATE = "Duplicate field '";
  private static final int MAX_MESSAGE = 200;

  private JacksonFailures() {}

  /**
   * @param e what Jackson threw
   * @param parser the parser that threw it
   * @param afterRoot whether the document's value had been read completely
   * @return the violation
   */
  static Violation toViolation(JsonProcessingException e, JsonParser parser, boolean afterRoot) {
    JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    JsonPointer at = pointer(parser.getParsingContext());
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return ReadSession.violation(limitCode(original).name(), at, location, limitMessage(original));
    }
    if (original.startsWith(DUPLICATE)) {
      // Jackson names the object's current property before it checks for a duplicate, so the
      // context's pointer already ends with the repeated name.
      String name = at.segments().isEmpty() ? "" : at.segments().get(at.segments().size() - 1);
      return ReadSession.violation(ReadCode.DUPLICATE_PROPERTY.name(), at, location,
          "Property \"" + InvalidValueException.shorten(name) + "\" appears more than once in the same object");
    }
    if (afterRoot) {
      return ReadSession.violation(ReadCode.TRAILING_CONTENT.name(), JsonPointer.root(), location,
          "More content follows the document's single top-level value");
    }
    return ReadSession.violation(ReadCode.JSON_SYNTAX.name(), at, location, "Malformed JSON: " + shorten(original));
  }

  private static ReadCode limitCode(String message) {
    if (message.startsWith("Document nesting depth")) {
      return ReadCode.NESTING_TOO_DEEP;
    }
    if (message.startsWith("String value length") || message.startsWith("Name length")) {
      return ReadCode.STRING_TOO_LONG;
    }
    if (message.startsWith("Number value length")) {
      return ReadCode.NUMBER_TOO_LONG;
    }
    return ReadCode.INPUT_TOO_LARGE;
  }

  private static String limitMessage(String message) {
    int from = message.indexOf(", from ");
    String text = from < 0 ? message : message.substring(0, from) + ")";
    return shorten(text.replace("the maximum allowed", "the configured maximum"));
  }

  /**
   * @param context a Jackson parsing context
   * @return the same place as a kansen JSON Pointer
   */
  static JsonPointer pointer(JsonStreamContext context) {
    return context == null ? JsonPointer.root() : JsonPointer.parse(context.pathAsPointer().toString());
  }

  static String shorten(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…";
  }
}
