package dev.kansen.validation.internal.rules;

import dev.kansen.model.Intervention;
import dev.kansen.model.Programme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;

/** Interventions are planned within the programme period. */
final class InterventionOutsideProgrammePeriod extends BuiltInRule {
  InterventionOutsideProgrammePeriod() {
    super("INTERVENTION_OUTSIDE_PROGRAMME_PERIOD", Severity.ERROR,
        "An intervention's planned start or end lies outside the programme period.",
        "Domain, after IATI's activity dates: what a programme does happens within its period; an intervention"
            + " planned outside it belongs to another programme or has a typing error in a date. ERROR.");
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
