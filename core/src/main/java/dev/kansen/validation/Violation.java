package dev.kansen.validation;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in a programme, by the validator or by the JSON reader: a stable
 * {@link #code()} an application can react to, a {@link #severity()}, the {@link #path()} as a
 * JSON Pointer in the wire format's names, a plain-English {@link #message()}, the
 * {@link #arguments()} the message names (for other languages and user interfaces), and for read
 * errors the {@link #position()} in the source text. {@link #localizedMessage(java.util.Locale)}
 * gives the message in another language; {@link Findings} describes how messages are made.
 *
 * <p>Codes are UPPER_SNAKE_CASE and stable once released: the {@link Code#name()} of a constant of
 * kansen's catalogue ({@link RuleCode}, {@link ValueCode}, {@link ReadCode}, {@link CommandCode}) or
 * of a code of your own. {@code docs/rules.md} lists kansen's.
 */
@Value.Immutable
public abstract class Violation {

  /**
   * Path order: by JSON Pointer (segment by segment, array indexes numerically), then severity, then
   * code, then message. For a document written by kansen this follows the order of the document.
   */
  public static final Comparator<Violation> ORDER = Comparator.comparing(Violation::path)
      .thenComparing(Violation::severity)
      .thenComparing(Violation::code)
      .thenComparing(Violation::message);

  Violation() {}

  /**
   * @param code a candidate code
   * @return whether it is UPPER_SNAKE_CASE, as every violation code must be
   */
  static boolean isCode(String code) {
    // [A-Z][A-Z0-9]*(_[A-Z0-9]+)*, checked by character: every finding's code is checked
    int n = code.length();
    if (n == 0 || code.charAt(0) < 'A' || code.charAt(0) > 'Z' || code.charAt(n - 1) == '_') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = code.charAt(i);
      if (c == '_' ? code.charAt(i - 1) == '_' : !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param variant a candidate message variant
   * @return whether it is a lower camel case word, as every variant must be
   */
  static boolean isVariant(String variant) {
    // [a-z][a-zA-Z0-9]*, checked by character
    int n = variant.length();
    if (n == 0 || variant.charAt(0) < 'a' || variant.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = variant.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param code a code's name
   * @param variant the message variant, or {@code null} for none
   * @return {@code CODE.message}, or {@code CODE.message.VARIANT}
   */
  static String messageKey(String code, String variant) {
    return variant == null ? code + ".message" : code + ".message." + variant;
  }

  /** @return the stable UPPER_SNAKE_CASE code, e.g. {@code UNRESOLVED_PARTNER} */
  public abstract String code();

  /** @return how serious it is */
  public abstract Severity severity();

  /** @return where, as a JSON Pointer into the wire format; the root for the whole document */
  public abstract JsonPointer path();

  /**
   * @return the English message, naming the values involved; for a code of kansen's catalogue the
   *     pattern {@link #messageKey()} of {@code codes.properties} filled with the {@link #arguments()}
   */
  public abstract String message();

  /**
   * @return which wording of its code's message the finding takes, when the wording depends on the
   *     case (such as {@code past} or {@code future} for {@code IMPLAUSIBLE_DATE}); see {@link Findings}
   */
  public abstract Optional<String> variant();

  /**
   * @return the key of the message's pattern in the message bundles: {@code CODE.message}, or
   *     {@code CODE.message.VARIANT} for a {@link #variant()}
   */
  public String messageKey() {
    return messageKey(code(), variant().orElse(null));
  }

  /**
   * The message in the language of a locale: the pattern {@link #messageKey()} of that language's
   * bundle ({@code codes_nl.properties} for Dutch, {@code Locale.forLanguageTag("nl")}) filled with
   * the {@link #arguments()}, dates, money and numbers in the locale's style (see {@link Findings}).
   * The message is {@link #message()}, in English, when the locale is English or says no language,
   * when the language has no bundle or no pattern for the key (as for a code of your own), or when the
   * pattern names an argument the violation does not have.
   *
   * @param locale the language wanted
   * @return the message in that language, else in English
   */
  public String localizedMessage(java.util.Locale locale) {
    return CodeTexts.translation(messageKey(), locale)
        .flatMap(pattern -> CodeTexts.fill(pattern, arguments(), locale))
        .orElseGet(this::message);
  }

  /** @return the values the message names, by name, in a stable order */
  public abstract Map<String, String> arguments();

  /** @return the line and column in the source text, for read errors */
  public abstract Optional<Position> position();

  /**
   * A violation without arguments.
   *
   * @param code the code
   * @param severity the severity
   * @param path the path
   * @param message the message
   * @return the violation
   */
  public static Violation of(String code, Severity severity, JsonPointer path, String message) {
    return builder().code(code).severity(severity).path(path).message(message).build();
  }

  /**
   * A violation without arguments, with a code of the catalogue (or of your own) at its default
   * severity.
   *
   * @param code the code
   * @param path the path
   * @param message the message
   * @return the violation
   */
  public static Violation of(Code code, JsonPointer path, String message) {
    return of(code.name(), code.defaultSeverity(), path, message);
  }

  /**
   * @param severity another severity
   * @return this violation with the given severity
   */
  public Violation withSeverity(Severity severity) {
    return builder().from(this).severity(severity).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Violation}. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (!isCode(code())) {
      throw new IllegalArgumentException("Violation.code must be UPPER_SNAKE_CASE, but was \"" + code() + "\"");
    }
    if (message().isBlank()) {
      throw new IllegalArgumentException("Violation.message must not be blank");
    }
    if (variant().isPresent() && !isVariant(variant().get())) {
      throw new IllegalArgumentException("Violation.variant must be a lower camel case word, but was \""
          + variant().get() + "\"");
    }
  }

  /** @return e.g. {@code /partners/2/type ERROR PARTNER_IDENTIFIER_MISMATCH: …} */
  @Override
  public String toString() {
    return (path().toString().isEmpty() ? "/" : path()) + " " + severity() + " " + code() + ": " + message();
  }
}
