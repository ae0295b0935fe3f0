package dev.kansen.validation.internal.rules;

import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Programme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** Indicator periods (school years) overlap the programme period. */
final class IndicatorPeriodOutsideProgrammePeriod extends BuiltInRule {
  IndicatorPeriodOutsideProgrammePeriod() {
    super(RuleCode.INDICATOR_PERIOD_OUTSIDE_PROGRAMME_PERIOD);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Programme programme = index.programme();
    for (int i = 0; i < programme.indicators().size(); i++) {
      Indicator indicator = programme.indicators().get(i);
      for (int p = 0; p < indicator.periods().size(); p++) {
        IndicatorPeriod period = indicator.periods().get(p);
        if (!period.schoolYear().period().overlaps(programme.period())) {
          findings.report(JsonPointer.of("indicators", i, "periods", p, "schoolYear"), "Indicator \""
              + indicator.id() + "\" has a period for school year " + period.schoolYear()
              + ", which does not overlap the programme period " + programme.period(),
              "schoolYear", period.schoolYear(), "period", programme.period());
        }
      }
    }
  }
}
