package dev.kansen.validation.internal.rules;

import dev.kansen.model.Baseline;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** Measured figures — actuals and baselines — are for school years that have begun by the as-of date. */
final class IndicatorActualAfterAsOf extends BuiltInRule {
  IndicatorActualAfterAsOf() {
    super(RuleCode.INDICATOR_ACTUAL_AFTER_AS_OF);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (int i = 0; i < index.programme().indicators().size(); i++) {
      Indicator indicator = index.programme().indicators().get(i);
      if (indicator.baseline().isPresent()) {
        Baseline baseline = indicator.baseline().get();
        if (baseline.schoolYear().start().isAfter(context.asOf())) {
          findings.report(JsonPointer.of("indicators", i, "baseline"), "Indicator \"" + indicator.id()
              + "\" has a baseline for school year " + baseline.schoolYear() + ", which starts after the as-of date "
              + context.asOf(), "schoolYear", baseline.schoolYear(), "asOf", context.asOf());
        }
      }
      for (int p = 0; p < indicator.periods().size(); p++) {
        IndicatorPeriod period = indicator.periods().get(p);
        if (period.actual().isPresent() && period.schoolYear().start().isAfter(context.asOf())) {
          findings.report(JsonPointer.of("indicators", i, "periods", p, "actual"), "Indicator \"" + indicator.id()
              + "\" has an actual for school year " + period.schoolYear() + ", which starts after the as-of date "
              + context.asOf(), "schoolYear", period.schoolYear(), "asOf", context.asOf());
        }
      }
    }
  }
}
