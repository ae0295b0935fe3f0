package dev.kansen.validation.internal.rules;

import dev.kansen.model.Intervention;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** An intervention names its lead partner. */
final class InterventionWithoutLead extends BuiltInRule {
  InterventionWithoutLead() {
    super(RuleCode.INTERVENTION_WITHOUT_LEAD);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Intervention> located : index.interventions()) {
      if (located.value().lead().isEmpty()) {
        findings.reportArguments(located.path(), "intervention", located.value().id());
      }
    }
  }
}
