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
import java.util.List;
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
    return toViolation(e, parser, afterRoot, 0);
  }

  /**
   * As {@link #toViolation(JsonProcessingException, JsonParser, boolean)}, for a document read
   * inside {@code outerLevels} levels of nesting that are not its own (an element of an array, one),
   * whose parser allows that many levels more: a depth beyond the limit is named as the document's
   * own, against the limit its reader was given.
   */
  static Violation toViolation(JsonProcessingException e, JsonParser parser, boolean afterRoot, int outerLevels) {
    JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    JsonPointer at = ReadViolations.pointer(parser.getParsingContext());
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return ReadViolations.of(limitMessage(limitCode(original), original, outerLevels), at, location);
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
    return ReadViolations.of(syntaxMessage(shorten(plain(original))), at, location);
  }

  /**
   * @param plain Jackson's message in plain English, shortened
   * @return the message of the failure as values: the variant of a failure Jackson words in a known way,
   *     whose English is exactly {@code "Malformed JSON: " + plain}, else the plain text as the detail
   */
  static CodeMessage syntaxMessage(String plain) {
    for (Wording wording : SYNTAX) {
      Matcher m = wording.pattern().matcher(plain);
      if (m.matches()) {
        Object[] named = new Object[wording.names().length * 2];
        for (int i = 0; i < wording.names().length; i++) {
          named[2 * i] = wording.names()[i];
          named[2 * i + 1] = m.group(i + 1);
        }
        return exactly(CodeMessage.variant(ReadCode.JSON_SYNTAX, wording.variant(), named), "Malformed JSON: " + plain)
            .orElseGet(() -> CodeMessage.of(ReadCode.JSON_SYNTAX, "detail", plain));
      }
    }
    return CodeMessage.of(ReadCode.JSON_SYNTAX, "detail", plain);
  }

  /** @return the message when its English is the text expected, so that no English message changes */
  private static java.util.Optional<CodeMessage> exactly(CodeMessage message, String english) {
    return java.util.Optional.of(message).filter(m -> m.english().equals(english));
  }

  /** A way Jackson words a failure: the regular expression of the plain text, and the message variant with its argument names. */
  private record Wording(String variant, Pattern pattern, String... names) {
    Wording(String variant, String regex, String... names) {
      this(variant, Pattern.compile(regex, Pattern.DOTALL), names);
    }
  }

  private static final String CHAR = "'(.)'";
  private static final List<Wording> SYNTAX = List.of(
      new Wording("unclosedObject", "The document ends before the object that starts at line (\\d+), column (\\d+) is closed",
          "line", "column"),
      new Wording("unclosedArray", "The document ends before the array that starts at line (\\d+), column (\\d+) is closed",
          "line", "column"),
      new Wording("endsEarly", "The document ends too early"),
      new Wording("endsInName", "The document ends too early in field name"),
      new Wording("endsInString", "The document ends too early: expected closing quote for a string value"),
      new Wording("endsInObject", "The document ends too early within/between Object entries"),
      new Wording("endsInArray", "The document ends too early within/between Array entries"),
      new Wording("expectedName", "Unexpected character " + CHAR + ": expected double-quote to start field name", "character"),
      new Wording("expectedValue", "Unexpected character " + CHAR + ": expected a valid value \\(.*", "character"),
      new Wording("expectedColon", "Unexpected character " + CHAR + ": expected a colon to separate field name and value",
          "character"),
      new Wording("expectedObjectComma", "Unexpected character " + CHAR + ": expected comma to separate Object entries",
          "character"),
      new Wording("expectedArrayComma", "Unexpected character " + CHAR + ": expected comma to separate Array entries",
          "character"),
      new Wording("comment", "Unexpected character " + CHAR + ": maybe a \\(non-standard\\) comment\\?.*", "character"),
      new Wording("hexDigit", "Unexpected character " + CHAR + ": expected a hex-digit for character escape sequence",
          "character"),
      new Wording("controlCharacter", "Illegal unquoted character \\(control character (U\\+[0-9A-F]{4})\\): .*", "character"),
      new Wording("badEscape", "Unrecognized character escape " + CHAR, "character"),
      new Wording("unrecognizedToken", "Unrecognized token '(.*)': expected \\(.*", "token"),
      new Wording("nonStandardToken", "Non-standard token '(.*)': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow",
          "token"),
      new Wording("leadingZero", "Invalid numeric value: Leading zeroes not allowed"),
      new Wording("numberMinus", "Unexpected character " + CHAR + " in numeric value: expected digit .*", "character"),
      new Wording("numberPoint", "Unexpected character " + CHAR + " in numeric value: Decimal point .*", "character"),
      new Wording("numberExponent", "Unexpected character " + CHAR + " in numeric value: Exponent indicator .*", "character"),
      new Wording("numberPlus", "Unexpected character " + CHAR + " in numeric value: JSON spec does not allow numbers to have plus signs.*",
          "character"),
      new Wording("closeWithoutOpenObject", "Unexpected close marker " + CHAR + ": no open Object to close", "character"),
      new Wording("closeWithoutOpenArray", "Unexpected close marker " + CHAR + ": no open Array to close", "character"),
      new Wording("wrongCloseObject", "Unexpected close marker " + CHAR + ": expected '\\}' \\(for Object starting\\)",
          "character"),
      new Wording("wrongCloseArray", "Unexpected close marker " + CHAR + ": expected '\\]' \\(for Array starting\\)",
          "character"));

  /** A limit of Jackson's stream-read constraints, as {@code NAME (N) exceeds the configured maximum (M)}. */
  private static final Pattern LIMIT = Pattern.compile("(.+) \\((\\d+)\\) exceeds the configured maximum \\((\\d+)\\)");

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

  /**
   * @param code the limit's code
   * @param message Jackson's message of the limit
   * @return the message as values, whose English is Jackson's message with "the configured maximum"
   *     and without its "from" part; a wording not known is kept as the detail
   */
  private static CodeMessage limitMessage(ReadCode code, String message, int outerLevels) {
    int from = message.indexOf(", from ");
    String text = shorten((from < 0 ? message : message.substring(0, from) + ")")
        .replace("the maximum allowed", "the configured maximum"));
    Matcher m = LIMIT.matcher(text);
    if (m.matches()) {
      String what = m.group(1);
      String count = code == ReadCode.NESTING_TOO_DEEP ? "depth" : what.equals("Token count") ? "count" : "length";
      String variant = switch (what) {
        case "Name length" -> "name";
        case "Document length" -> "length";
        case "Token count" -> "tokens";
        default -> null;
      };
      CodeMessage known = variant == null ? CodeMessage.of(code, count, m.group(2), "max", m.group(3))
          : CodeMessage.variant(code, variant, count, m.group(2), "max", m.group(3));
      if (known.english().equals(text)) {
        return code == ReadCode.NESTING_TOO_DEEP && outerLevels > 0
            ? CodeMessage.of(code, count, ownLevels(m.group(2), outerLevels), "max", ownLevels(m.group(3), outerLevels))
            : known;
      }
    }
    return CodeMessage.variant(code, "detail", "detail", text);
  }

  /** @return a depth Jackson counted from the outermost level, counted from the document's own */
  private static String ownLevels(String depth, int outerLevels) {
    return String.valueOf(Long.parseLong(depth) - outerLevels);
  }

  static String shorten(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…";
  }
}
