package dev.kansen.json.internal;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ReadCode;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.kansen.model.InvalidValueException;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Violation;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's parse failures into violations, so that no raw Jackson exception escapes. */
final class JacksonFailures {
  private static final String DUPLICATE = "Duplicate field '";
  private static final int MAX_MESSAGE = 200;
  private static final String END_OF_INPUT = "Unexpected end-of-input";
  /** An unclosed object or array, with where Jackson saw it start. */
  private static final Pattern UNCLOSED = Pattern.compile(
      "Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at \\[Source: [^\\]]*?"
          + "line: (\\d+), column: (\\d+)\\]\\)");
  /** Jackson's description of where it read from: {@code [Source: REDACTED (...); line: 1, column: 1]}. */
  private static final Pattern SOURCE = Pattern.compile(
      " ?\\(start marker at \\[Source: [^\\]]*\\]\\)| ?(at )?\\[Source: [^\\]]*\\]");
  /** A character with its code: {@code ('x' (code 120))} reads {@code 'x'}. */
  private static final Pattern CHARACTER = Pattern.compile("\\('(.+?)' \\(code \\d+\\)\\)");
  /** A character code after a character Jackson has already shown: {@code 'q' (code 113)}. */
  private static final Pattern CODE = Pattern.compile(" \\(code \\d+\\)");
  /** A control character: {@code ((CTRL-CHAR, code 10))} reads {@code U+000A}. */
  private static final Pattern CONTROL = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");

  private JacksonFailures() {}

  /**
   * @param e what Jackson threw
   * @param parser the parser that threw it
   * @param afterRoot whether the document's value had been read completely
   * @return the violation
   */
  static Violation toViolation(JsonProcessingException e, JsonParser parser, boolean afterRoot) {
    JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    JsonPointer at = ReadViolations.pointer(parser.getParsingContext());
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return ReadViolations.of(limitCode(original).name(), at, location, limitMessage(original));
    }
    if (original.startsWith(DUPLICATE)) {
      // Jackson names the object's current property before it checks for a duplicate, so the
      // context's pointer already ends with the repeated name.
      String name = at.segments().isEmpty() ? "" : at.segments().get(at.segments().size() - 1);
      return ReadViolations.of(CodeMessage.of(ReadCode.DUPLICATE_PROPERTY, "property",
          InvalidValueException.shorten(name)), at, location);
    }
    if (afterRoot) {
      return ReadViolations.of(CodeMessage.of(ReadCode.TRAILING_CONTENT), JsonPointer.root(), location);
    }
    return ReadViolations.of(ReadCode.JSON_SYNTAX.name(), at, location, "Malformed JSON: " + shorten(plain(original)));
  }

  /**
   * @param message a Jackson parse failure's message, without its location
   * @return the same failure in plain English, without Jackson's source description or character codes
   */
  static String plain(String message) {
    Matcher unclosed = UNCLOSED.matcher(message);
    if (unclosed.lookingAt()) {
      return "The document ends before the " + unclosed.group(1).toLowerCase(Locale.ROOT) + " that starts at line "
          + unclosed.group(2) + ", column " + unclosed.group(3) + " is closed";
    }
    String text = SOURCE.matcher(message).replaceAll("");
    text = CHARACTER.matcher(text).replaceAll(m -> Matcher.quoteReplacement("'" + m.group(1) + "'"));
    text = CONTROL.matcher(text).replaceAll(
        m -> String.format(Locale.ROOT, "(control character U+%04X)", Integer.parseInt(m.group(1))));
    text = CODE.matcher(text).replaceAll("");
    text = text.replace("was expecting", "expected");
    if (text.startsWith(END_OF_INPUT)) {
      String rest = text.substring(END_OF_INPUT.length()).replaceFirst("^:\\s*", ": ").trim();
      return "The document ends too early" + (rest.isEmpty() ? "" : rest.startsWith(":") ? rest : " " + rest);
    }
    return text;
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

  static String shorten(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…";
  }
}
