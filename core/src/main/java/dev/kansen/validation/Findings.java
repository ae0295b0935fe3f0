package dev.kansen.validation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link Rule} reports what it finds. Each finding becomes a {@link Violation} with the
 * rule's code and the severity the {@link Validator} is configured with for that code.
 *
 * <h2>Messages: one mechanism</h2>
 * A finding of a code of kansen's catalogue names values, never words: the rule calls
 * {@link #reportArguments} with the values as named arguments, and the message is the code's pattern
 * {@code CODE.message} in the message bundle ({@code codes.properties} for English,
 * {@code codes_nl.properties} for Dutch) filled with them. Where the wording differs by case (a date
 * too far in the past or in the future), the rule picks a variant with {@link #reportVariant}, and
 * the pattern is {@code CODE.message.VARIANT}. The violation carries the variant and the arguments,
 * so {@link Violation#localizedMessage(java.util.Locale)} writes the same finding in another
 * language. Arguments are values in the wire format's notation (ids, ISO dates,
 * {@code EUR 50000.00}); a pattern's typed placeholder ({@code {date,date}}, {@code {amount,money}},
 * {@code {period,period}}, {@code {value,number}}) writes it in the reader's style in another
 * language ({@code 1 augustus 2024}, {@code € 50.000,00}), and {@code {status,label:InterventionStatus}}
 * writes an enum constant as its label ({@code in afronding}). The English {@link Violation#message()}
 * is the English pattern filled with the arguments as they are.
 *
 * <p>A rule of your own, whose code is not kansen's, writes its own message with {@link #report}.
 */
public final class Findings {
  private final String code;
  private final Severity severity;
  private final List<Violation> sink;
  /** The pattern {@code CODE.message} of the bundle, looked up once by the validator; null when unknown. */
  private final String pattern;

  Findings(String code, Severity severity, List<Violation> sink) {
    this(code, severity, sink, null);
  }

  /**
   * @param pattern the English pattern {@code CODE.message} of the code, when the caller looked it
   *     up already; null to look it up at each finding
   */
  Findings(String code, Severity severity, List<Violation> sink, String pattern) {
    this.code = code;
    this.severity = severity;
    this.sink = sink;
    this.pattern = pattern;
  }

  /**
   * Reports one finding.
   *
   * @param path where, as a JSON Pointer in the model's attribute names
   * @param message a plain-English message naming the values involved
   * @param namedValues the values the message names, as alternating names and values, e.g.
   *     {@code "intervention", "summer-school", "lead", "avans"}; values are written with
   *     {@link String#valueOf(Object)}
   * @throws IllegalArgumentException when the names and values do not pair up or a name is not a
   *     {@code String}
   * @throws IllegalStateException when the code is one of kansen's, whose messages come from the
   *     message bundle ({@link #reportArguments})
   */
  public void report(JsonPointer path, String message, Object... namedValues) {
    Objects.requireNonNull(message, "message");
    if (Codes.find(code).isPresent()) {
      throw new IllegalStateException("A finding of kansen's code " + code
          + " takes its message from the message bundle: report it with reportArguments or reportVariant");
    }
    add(path, message, arguments(namedValues), null);
  }

  /**
   * Reports one finding of a code of kansen's catalogue, whose English message is the pattern
   * {@code CODE.message} of the message bundle {@code codes.properties} filled with the named
   * values: each {@code {name}} in the pattern is replaced by the value of that name.
   *
   * @param path where, as a JSON Pointer in the model's attribute names
   * @param namedValues the values the message names, as alternating names and values; see
   *     {@link #reportVariant} for how values are written
   * @throws IllegalArgumentException when the names and values do not pair up or a name is not a
   *     {@code String}
   * @throws IllegalStateException when the bundle has no pattern for the code, or the pattern names
   *     a value that is not given
   */
  public void reportArguments(JsonPointer path, Object... namedValues) {
    reportKey(path, null, namedValues);
  }

  /**
   * Reports one finding of a code of kansen's catalogue whose wording depends on the case: the
   * English message is the pattern {@code CODE.message.VARIANT} of {@code codes.properties} filled
   * with the named values, and the violation keeps the variant for
   * {@link Violation#localizedMessage(java.util.Locale)}.
   *
   * @param path where, as a JSON Pointer in the model's attribute names
   * @param variant the case, a lower camel case word such as {@code past}
   * @param namedValues the values the message names, as alternating names and values; a
   *     {@link java.math.BigDecimal} is written with {@link java.math.BigDecimal#toPlainString()},
   *     any other value with {@link String#valueOf(Object)} (so a date is ISO and money reads
   *     {@code EUR 50000.00})
   * @throws IllegalArgumentException when the names and values do not pair up, a name is not a
   *     {@code String} or the variant is not a lower camel case word
   * @throws IllegalStateException when the bundle has no such pattern, or the pattern names a value
   *     that is not given
   */
  public void reportVariant(JsonPointer path, String variant, Object... namedValues) {
    Objects.requireNonNull(variant, "variant");
    if (!Violation.isVariant(variant)) {
      throw new IllegalArgumentException("A message variant is a lower camel case word, but was \"" + variant + "\"");
    }
    reportKey(path, variant, namedValues);
  }

  private void reportKey(JsonPointer path, String variant, Object... namedValues) {
    Map<String, String> arguments = arguments(namedValues);
    String pattern = variant == null && this.pattern != null ? this.pattern : pattern(variant);
    Optional<String> message = CodeTexts.fill(pattern, arguments);
    if (message.isEmpty()) {
      throw new IllegalStateException("The pattern " + Violation.messageKey(code, variant)
          + " names a value that the finding does not give; it gives " + arguments.keySet());
    }
    add(path, message.get(), arguments, variant);
  }

  /** @return the English pattern of the code and variant */
  private String pattern(String variant) {
    String key = Violation.messageKey(code, variant);
    Optional<String> pattern = CodeTexts.english(key);
    if (pattern.isEmpty()) {
      throw new IllegalStateException("The message bundle has no pattern " + key);
    }
    return pattern.get();
  }

  private Map<String, String> arguments(Object... namedValues) {
    return CodeMessage.named(code, namedValues);
  }

  private void add(JsonPointer path, String message, Map<String, String> arguments, String variant) {
    Objects.requireNonNull(path, "path");
    sink.add(Violation.builder()
        .code(code)
        .severity(severity)
        .path(path)
        .message(message)
        .arguments(arguments)
        .variant(java.util.Optional.ofNullable(variant))
        .build());
  }

  /** @return the code of the rule reporting here */
  public String code() {
    return code;
  }

  /** @return the severity findings reported here get */
  public Severity severity() {
    return severity;
  }
}
