package dev.kansen.validation.internal.rules;

import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A programme has partners and interventions. */
final class EmptyProgramme extends BuiltInRule {
  EmptyProgramme() {
    super(RuleCode.EMPTY_PROGRAMME);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    if (index.programme().partners().isEmpty()) {
      findings.report(JsonPointer.of("partners"), "Programme \"" + index.programme().id() + "\" has no partners",
          "programme", index.programme().id());
    }
    if (index.programme().interventions().isEmpty()) {
      findings.report(JsonPointer.of("interventions"), "Programme \"" + index.programme().id()
          + "\" has no interventions", "programme", index.programme().id());
    }
  }
}
