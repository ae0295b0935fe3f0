package dev.kansen.validation.internal.rules;

import dev.kansen.model.Measure;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** Figures carry a value, or for qualitative indicators a comment. */
final class MissingIndicatorValue extends BuiltInRule {
  MissingIndicatorValue() {
    super(RuleCode.MISSING_INDICATOR_VALUE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Measurements.forEach(index.programme(), (indicator, figure, path, year) -> {
      boolean qualitative = indicator.measure() == Measure.QUALITATIVE;
      if (!qualitative && figure.value().isEmpty()) {
        findings.report(path, "Indicator \"" + indicator.id() + "\" is " + indicator.measure()
            + " but its figure for " + year + " has no value", "indicator", indicator.id(), "schoolYear", year);
      } else if (qualitative && figure.comment().isEmpty()) {
        findings.report(path, "Indicator \"" + indicator.id() + "\" is QUALITATIVE but its figure for " + year
            + " has no comment describing it", "indicator", indicator.id(), "schoolYear", year);
      }
    });
  }
}
