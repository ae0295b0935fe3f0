package dev.kansen.validation.internal.rules;

import dev.kansen.model.Grant;
import dev.kansen.model.Programme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** Grants cover the programme period, not beyond. */
final class GrantOutsideProgrammePeriod extends BuiltInRule {
  GrantOutsideProgrammePeriod() {
    super(RuleCode.GRANT_OUTSIDE_PROGRAMME_PERIOD);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Programme programme = index.programme();
    for (int i = 0; i < programme.grants().size(); i++) {
      Grant grant = programme.grants().get(i);
      Periods.requireInside(grant.period(), programme.period(), JsonPointer.of("grants", i, "period"),
          "Grant \"" + grant.id() + "\" is set", "the programme period", findings);
    }
  }
}
