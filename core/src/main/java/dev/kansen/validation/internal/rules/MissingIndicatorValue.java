package dev.kansen.validation.internal.rules;

import dev.kansen.model.Indicator;
import dev.kansen.model.Measure;
import dev.kansen.model.Measurement;
import dev.kansen.model.SchoolYear;
import dev.kansen.validation.Findings;
import dev.kansen.validation.LocatedFigure;
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
    for (LocatedFigure located : index.figures()) {
      Indicator indicator = located.indicator().value();
      Measurement figure = located.value();
      SchoolYear year = located.schoolYear();
      boolean qualitative = indicator.measure() == Measure.QUALITATIVE;
      if (!qualitative && figure.value().isEmpty()) {
        findings.reportVariant(located.path(), "value", "indicator", indicator.id(), "measure", indicator.measure(),
            "schoolYear", year);
      } else if (qualitative && figure.comment().isEmpty()) {
        findings.reportVariant(located.path(), "comment", "indicator", indicator.id(), "schoolYear", year);
      }
    }
  }
}
