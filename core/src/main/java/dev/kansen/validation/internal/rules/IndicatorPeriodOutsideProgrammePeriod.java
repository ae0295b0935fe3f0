package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.DateRange;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Programme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
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
    if (programme.period().isEmpty()) {
      return;
    }
    DateRange programmePeriod = programme.period().get();
    for (Located<Indicator> located : index.indicators()) {
      Indicator indicator = located.value();
      for (int p = 0; p < indicator.periods().size(); p++) {
        IndicatorPeriod period = indicator.periods().get(p);
        if (!period.schoolYear().period().overlaps(programmePeriod)) {
          findings.reportArguments(located.at(WireNames.PERIODS, p).child(WireNames.SCHOOL_YEAR), "schoolYear", period.schoolYear(), "period", programmePeriod, "indicator", indicator.id());
        }
      }
    }
  }
}
