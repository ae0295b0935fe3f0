package dev.kansen.validation.internal.rules;

import dev.kansen.model.Intervention;
import dev.kansen.model.Programme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** Interventions are planned within the programme period. */
final class InterventionOutsideProgrammePeriod extends BuiltInRule {
  InterventionOutsideProgrammePeriod() {
    super(RuleCode.INTERVENTION_OUTSIDE_PROGRAMME_PERIOD);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Programme programme = index.programme();
    for (int i = 0; i < programme.interventions().size(); i++) {
      Intervention intervention = programme.interventions().get(i);
      Periods.requireInside(intervention.planned(), programme.period(), JsonPointer.of("interventions", i, "planned"),
          "Intervention \"" + intervention.id() + "\" is planned", "the programme period", findings);
    }
  }
}
