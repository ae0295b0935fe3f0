package dev.kansen.validation;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One problem found in a programme, by the validator or by the JSON reader: a stable
 * {@link #code()} an application can react to, a {@link #severity()}, the {@link #path()} as a
 * JSON Pointer in the wire format's names, a plain-English {@link #message()}, the
 * {@link #arguments()} the message names (for other languages and user interfaces), and for read
 * errors the {@link #position()} in the source text.
 *
 * <p>Codes are UPPER_SNAKE_CASE and stable once released: the {@link Code#name()} of a constant of
 * kansen's catalogue ({@link RuleCode}, {@link ValueCode}, {@link ReadCode}, {@link CommandCode}) or
 * of a code of your own. {@code docs/rules.md} lists kansen's.
 */
@Value.Immutable
public abstract class Violation {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

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
    return CODE.matcher(code).matches();
  }

  /** @return the stable UPPER_SNAKE_CASE code, e.g. {@code UNRESOLVED_PARTNER} */
  public abstract String code();

  /** @return how serious it is */
  public abstract Severity severity();

  /** @return where, as a JSON Pointer into the wire format; the root for the whole document */
  public abstract JsonPointer path();

  /** @return a plain-English message that names the values involved */
  public abstract String message();

  /**
   * The message in another language: the pattern {@code CODE.message} of that language's bundle
   * ({@code codes_nl.properties} for Dutch) with each {@code {name}} replaced by the argument of
   * that name. The English message is {@link #message()}, written by the rule; so is the message
   * when the language has no pattern for the code or the pattern names an argument the violation
   * does not have.
   *
   * @param locale the language wanted
   * @return the message in that language, else in English
   */
  public String localizedMessage(java.util.Locale locale) {
    java.util.Optional<String> pattern = CodeTexts.translation(code() + ".message", locale);
    if (pattern.isEmpty()) {
      return message();
    }
    return CodeTexts.fill(pattern.get(), arguments()).orElseGet(this::message);
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
    if (!CODE.matcher(code()).matches()) {
      throw new IllegalArgumentException("Violation.code must be UPPER_SNAKE_CASE, but was \"" + code() + "\"");
    }
    if (message().isBlank()) {
      throw new IllegalArgumentException("Violation.message must not be blank");
    }
  }

  /** @return e.g. {@code /partners/2/type ERROR PARTNER_IDENTIFIER_MISMATCH: …} */
  @Override
  public String toString() {
    return (path().toString().isEmpty() ? "/" : path()) + " " + severity() + " " + code() + ": " + message();
  }
}
