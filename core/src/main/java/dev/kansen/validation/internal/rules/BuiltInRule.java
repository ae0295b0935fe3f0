package dev.kansen.validation.internal.rules;

import dev.kansen.validation.Rule;
import dev.kansen.validation.RuleCode;

/** A built-in rule: its catalogue data comes from its {@link RuleCode}; subclasses add only the check. */
abstract class BuiltInRule implements Rule {
  private final RuleCode code;

  BuiltInRule(RuleCode code) {
    this.code = code;
  }

  @Override
  public final RuleCode code() {
    return code;
  }

  @Override
  public String toString() {
    return code.name();
  }
}
