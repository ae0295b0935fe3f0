package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Grant;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
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
    for (Located<Grant> located : index.grants()) {
      if (located.value().period().isEmpty() || index.programme().period().isEmpty()
          || Periods.inside(located.value().period().get(), index.programme().period().get())) {
        continue;
      }
      Periods.requireInside(located.value().period().get(), index.programme().period().get(), located.at(WireNames.PERIOD), findings,
          "grant", located.value().id());
    }
  }
}
