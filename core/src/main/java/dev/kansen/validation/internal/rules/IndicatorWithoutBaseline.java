package dev.kansen.validation.internal.rules;

import dev.kansen.model.Indicator;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** An indicator with targets has a baseline to measure progress from. */
final class IndicatorWithoutBaseline extends BuiltInRule {
  IndicatorWithoutBaseline() {
    super(RuleCode.INDICATOR_WITHOUT_BASELINE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Indicator> located : index.indicators()) {
      Indicator indicator = located.value();
      if (indicator.baseline().isEmpty() && !indicator.periods().isEmpty()) {
        findings.reportArguments(located.path(), "indicator", indicator.id());
      }
    }
  }
}
