package dev.kansen.validation.internal.rules;

import dev.kansen.model.Intervention;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** An intervention states its planned period. */
final class InterventionWithoutPlannedPeriod extends BuiltInRule {
  InterventionWithoutPlannedPeriod() {
    super(RuleCode.INTERVENTION_WITHOUT_PLANNED_PERIOD);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Intervention> located : index.interventions()) {
      if (located.value().planned().isEmpty()) {
        findings.reportArguments(located.path(), "intervention", located.value().id());
      }
    }
  }
}
