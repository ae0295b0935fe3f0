package dev.kansen.validation.internal.rules;

import dev.kansen.model.Indicator;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
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
    for (int i = 0; i < index.programme().indicators().size(); i++) {
      Indicator indicator = index.programme().indicators().get(i);
      if (indicator.baseline().isEmpty() && !indicator.periods().isEmpty()) {
        findings.report(JsonPointer.of("indicators", i), "Indicator \"" + indicator.id()
            + "\" has targets or actuals but no baseline", "indicator", indicator.id());
      }
    }
  }
}
