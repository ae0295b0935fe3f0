package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Breakdown;
import dev.kansen.model.Indicator;
import dev.kansen.model.Measure;
import dev.kansen.validation.Findings;
import dev.kansen.validation.LocatedFigure;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Percentages lie between 0 and 100. */
final class PercentageOutOfRange extends BuiltInRule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  PercentageOutOfRange() {
    super(RuleCode.PERCENTAGE_OUT_OF_RANGE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (LocatedFigure figure : index.figures()) {
      Indicator indicator = figure.indicator().value();
      if (indicator.measure() != Measure.PERCENTAGE) {
        continue;
      }
      if (outside(figure.value().value())) {
        findings.reportVariant(figure.at(WireNames.VALUE), "figure", "indicator", indicator.id(),
            "schoolYear", figure.schoolYear(), "value", figure.value().value().get());
      }
      List<Breakdown> cells = figure.value().breakdowns();
      for (int c = 0; c < cells.size(); c++) {
        Breakdown cell = cells.get(c);
        if (outside(cell.value())) {
          findings.reportVariant(figure.breakdowns().get(c).at(WireNames.VALUE), "cell", "indicator", indicator.id(),
              "schoolYear", figure.schoolYear(), "dimension", cell.dimension(), "category", cell.category(),
              "value", cell.value().get());
        }
      }
    }
  }

  private static boolean outside(Optional<BigDecimal> value) {
    return value.isPresent() && (value.get().signum() < 0 || value.get().compareTo(HUNDRED) > 0);
  }
}
