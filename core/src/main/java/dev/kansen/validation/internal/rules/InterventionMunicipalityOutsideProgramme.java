package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Intervention;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** An intervention runs in one of the programme's municipalities. */
final class InterventionMunicipalityOutsideProgramme extends BuiltInRule {
  InterventionMunicipalityOutsideProgramme() {
    super(RuleCode.INTERVENTION_MUNICIPALITY_OUTSIDE_PROGRAMME);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Intervention> located : index.interventions()) {
      Intervention intervention = located.value();
      if (intervention.municipality().isPresent() && index.municipality(intervention.municipality().get()).isEmpty()) {
        findings.reportArguments(located.at(WireNames.MUNICIPALITY), "intervention", intervention.id(), "municipality", intervention.municipality().get());
      }
    }
  }
}
