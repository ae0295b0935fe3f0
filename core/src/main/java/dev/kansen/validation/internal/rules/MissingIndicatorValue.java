package dev.kansen.validation.internal.rules;

import dev.kansen.model.Measure;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;

/** Figures carry a value, or for qualitative indicators a comment. */
final class MissingIndicatorValue extends BuiltInRule {
  MissingIndicatorValue() {
    super("MISSING_INDICATOR_VALUE", Severity.ERROR,
        "A baseline, target or actual has no value although the indicator is not QUALITATIVE, or a figure of a"
            + " QUALITATIVE indicator has no comment (the comment is its content). To suppress a small cell, leave"
            + " the figure out rather than its value.",
        "IATI ruleset 8.8.x: baseline, target and actual values must be present unless the indicator's measure is"
            + " qualitative. ERROR.");
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
