package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.SchoolYear;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** An indicator's baseline is for a school year before every school year with a target. */
final class BaselineNotBeforeTargets extends BuiltInRule {
  BaselineNotBeforeTargets() {
    super(RuleCode.BASELINE_NOT_BEFORE_TARGETS);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Indicator> located : index.indicators()) {
      Indicator indicator = located.value();
      if (indicator.baseline().isEmpty()) {
        continue;
      }
      SchoolYear earliest = null;
      for (IndicatorPeriod period : indicator.periods()) {
        if (period.target().isPresent() && (earliest == null || period.schoolYear().compareTo(earliest) < 0)) {
          earliest = period.schoolYear();
        }
      }
      SchoolYear baseline = indicator.baseline().get().schoolYear();
      if (earliest != null && baseline.compareTo(earliest) >= 0) {
        findings.reportArguments(located.at(WireNames.BASELINE, WireNames.SCHOOL_YEAR), "indicator", indicator.id(), "baseline", baseline, "firstTarget", earliest);
      }
    }
  }
}
