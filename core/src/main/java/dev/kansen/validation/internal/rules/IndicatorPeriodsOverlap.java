package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Indicator;
import dev.kansen.model.SchoolYear;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.HashMap;
import java.util.Map;

/** An indicator has at most one period per school year. */
final class IndicatorPeriodsOverlap extends BuiltInRule {
  IndicatorPeriodsOverlap() {
    super(RuleCode.INDICATOR_PERIODS_OVERLAP);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Indicator> located : index.indicators()) {
      Indicator indicator = located.value();
      if (indicator.periods().size() < 2) {
        continue;
      }
      Map<SchoolYear, Integer> seen = new HashMap<>();
      for (int p = 0; p < indicator.periods().size(); p++) {
        SchoolYear year = indicator.periods().get(p).schoolYear();
        Integer earlier = seen.putIfAbsent(year, p);
        if (earlier != null) {
          findings.reportArguments(located.at(WireNames.PERIODS, p).child(WireNames.SCHOOL_YEAR), "indicator", indicator.id(), "schoolYear", year, "first", earlier, "second", p);
        }
      }
    }
  }
}
