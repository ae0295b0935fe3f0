package dev.kansen.validation.internal.rules;

import dev.kansen.model.Grant;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A grant states the period it covers. */
final class GrantWithoutPeriod extends BuiltInRule {
  GrantWithoutPeriod() {
    super(RuleCode.GRANT_WITHOUT_PERIOD);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Grant> located : index.grants()) {
      if (located.value().period().isEmpty()) {
        findings.reportArguments(located.path(), "grant", located.value().id());
      }
    }
  }
}
