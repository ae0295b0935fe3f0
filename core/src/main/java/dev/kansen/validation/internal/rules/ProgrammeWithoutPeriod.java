package dev.kansen.validation.internal.rules;

import dev.kansen.validation.Findings;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** The programme states its period. */
final class ProgrammeWithoutPeriod extends BuiltInRule {
  ProgrammeWithoutPeriod() {
    super(RuleCode.PROGRAMME_WITHOUT_PERIOD);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    if (index.programme().period().isEmpty()) {
      findings.reportArguments(index.located().path(), "programme", index.programme().id());
    }
  }
}
