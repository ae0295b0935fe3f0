package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Baseline;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
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
    for (Located<Indicator> located : index.indicators()) {
      Indicator indicator = located.value();
      if (indicator.baseline().isPresent()) {
        Baseline baseline = indicator.baseline().get();
        if (baseline.schoolYear().start().isAfter(context.asOf())) {
          findings.reportVariant(located.at(WireNames.BASELINE), "baseline", "indicator", indicator.id(),
              "schoolYear", baseline.schoolYear(), "asOf", context.asOf());
        }
      }
      for (int p = 0; p < indicator.periods().size(); p++) {
        IndicatorPeriod period = indicator.periods().get(p);
        if (period.actual().isPresent() && period.schoolYear().start().isAfter(context.asOf())) {
          findings.reportVariant(located.at(WireNames.PERIODS, p).child(WireNames.ACTUAL), "actual", "indicator", indicator.id(),
              "schoolYear", period.schoolYear(), "asOf", context.asOf());
        }
      }
    }
  }
}
