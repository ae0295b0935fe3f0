package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Intervention;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
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
    for (Located<Intervention> located : index.interventions()) {
      if (located.value().planned().isEmpty() || index.programme().period().isEmpty()
          || Periods.inside(located.value().planned().get(), index.programme().period().get())) {
        continue;
      }
      Periods.requireInside(located.value().planned().get(), index.programme().period().get(), located.at(WireNames.PLANNED), findings,
          "intervention", located.value().id());
    }
  }
}
