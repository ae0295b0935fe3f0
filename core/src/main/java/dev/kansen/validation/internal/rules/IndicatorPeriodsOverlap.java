package dev.kansen.validation.internal.rules;

import dev.kansen.model.Indicator;
import dev.kansen.model.SchoolYear;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
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
    for (int i = 0; i < index.programme().indicators().size(); i++) {
      Indicator indicator = index.programme().indicators().get(i);
      Map<SchoolYear, Integer> seen = new HashMap<>();
      for (int p = 0; p < indicator.periods().size(); p++) {
        SchoolYear year = indicator.periods().get(p).schoolYear();
        Integer earlier = seen.putIfAbsent(year, p);
        if (earlier != null) {
          findings.report(JsonPointer.of("indicators", i, "periods", p, "schoolYear"), "Indicator \""
              + indicator.id() + "\" has two periods for school year " + year + ": periods " + earlier + " and " + p,
              "indicator", indicator.id(), "schoolYear", year);
        }
      }
    }
  }
}
