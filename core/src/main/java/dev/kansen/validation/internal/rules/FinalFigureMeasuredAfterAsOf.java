package dev.kansen.validation.internal.rules;

import dev.kansen.model.FigureStatus;
import dev.kansen.validation.Findings;
import dev.kansen.validation.LocatedFigure;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A figure marked final was measured on or before the as-of date. */
final class FinalFigureMeasuredAfterAsOf extends BuiltInRule {
  FinalFigureMeasuredAfterAsOf() {
    super(RuleCode.FINAL_FIGURE_MEASURED_AFTER_AS_OF);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (LocatedFigure figure : index.figures()) {
      if (figure.value().status().orElse(null) == FigureStatus.FINAL && figure.value().measuredOn().isPresent()
          && figure.value().measuredOn().get().isAfter(context.asOf())) {
        findings.reportArguments(figure.at("measuredOn"), "indicator", figure.indicator().value().id(),
            "schoolYear", figure.schoolYear(), "measuredOn", figure.value().measuredOn().get(), "asOf", context.asOf());
      }
    }
  }
}
