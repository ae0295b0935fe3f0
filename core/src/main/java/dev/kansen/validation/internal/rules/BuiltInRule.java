package dev.kansen.validation.internal.rules;

import dev.kansen.validation.Rule;
import dev.kansen.validation.Severity;

/** The catalogue data every built-in rule carries; subclasses add only the check. */
abstract class BuiltInRule implements Rule {
  private final String code;
  private final Severity severity;
  private final String description;
  private final String source;

  BuiltInRule(String code, Severity severity, String description, String source) {
    this.code = code;
    this.severity = severity;
    this.description = description;
    this.source = source;
  }

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final String source() {
    return source;
  }

  @Override
  public String toString() {
    return code;
  }
}
