package dev.kansen.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a {@link Rule} reports what it finds. Each finding becomes a {@link Violation} with the
 * rule's code and the severity the {@link Validator} is configured with for that code.
 */
public final class Findings {
  private final String code;
  private final Severity severity;
  private final List<Violation> sink;

  Findings(String code, Severity severity, List<Violation> sink) {
    this.code = code;
    this.severity = severity;
    this.sink = sink;
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
   */
  public void report(JsonPointer path, String message, Object... namedValues) {
    Objects.requireNonNull(message, "message");
    add(path, message, arguments(namedValues));
  }

  /**
   * Reports one finding of a code of kansen's catalogue, whose English message is the pattern
   * {@code CODE.message} of the message bundle {@code codes.properties} filled with the named
   * values: each {@code {name}} in the pattern is replaced by the value of that name.
   *
   * @param path where, as a JSON Pointer in the model's attribute names
   * @param namedValues the values the message names, as alternating names and values; values are
   *     written with {@link String#valueOf(Object)}
   * @throws IllegalArgumentException when the names and values do not pair up or a name is not a
   *     {@code String}
   * @throws IllegalStateException when the bundle has no pattern for the code, or the pattern names
   *     a value that is not given
   */
  public void reportArguments(JsonPointer path, Object... namedValues) {
    Map<String, String> arguments = arguments(namedValues);
    String key = code + ".message";
    String pattern = CodeTexts.english(key)
        .orElseThrow(() -> new IllegalStateException("The message bundle has no pattern " + key));
    String message = CodeTexts.fill(pattern, arguments).orElseThrow(() -> new IllegalStateException(
        "The pattern " + key + " names a value that the finding does not give; it gives " + arguments.keySet()));
    add(path, message, arguments);
  }

  private Map<String, String> arguments(Object... namedValues) {
    if (namedValues.length % 2 != 0) {
      throw new IllegalArgumentException("Findings.report takes names and values in pairs, but got "
          + namedValues.length + " arguments for " + code);
    }
    Map<String, String> arguments = new LinkedHashMap<>();
    for (int i = 0; i < namedValues.length; i += 2) {
      if (!(namedValues[i] instanceof String name)) {
        throw new IllegalArgumentException("Findings.report argument names must be strings, but argument "
            + i + " for " + code + " was " + namedValues[i]);
      }
      arguments.put(name, String.valueOf(namedValues[i + 1]));
    }
    return arguments;
  }

  private void add(JsonPointer path, String message, Map<String, String> arguments) {
    Objects.requireNonNull(path, "path");
    sink.add(Violation.builder()
        .code(code)
        .severity(severity)
        .path(path)
        .message(message)
        .arguments(arguments)
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
