package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Breakdown;
import dev.kansen.validation.Findings;
import dev.kansen.validation.LocatedFigure;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** No figure is computed from fewer pupils than the small-cell threshold. */
final class SmallCell extends BuiltInRule {
  SmallCell() {
    super(RuleCode.SMALL_CELL);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    int threshold = context.smallCellThreshold();
    for (LocatedFigure figure : index.figures()) {
      // The message and arguments never state the count: a report that prints them must not
      // publish the very figure about too few pupils that this rule withholds.
      String indicator = figure.indicator().value().id();
      if (small(figure.value().value(), figure.value().pupils(), threshold)) {
        findings.reportVariant(figure.at(WireNames.PUPILS), "figure", "indicator", indicator,
            "schoolYear", figure.schoolYear(), "threshold", threshold);
      }
      List<Breakdown> cells = figure.value().breakdowns();
      for (int c = 0; c < cells.size(); c++) {
        Breakdown cell = cells.get(c);
        if (small(cell.value(), cell.pupils(), threshold)) {
          findings.reportVariant(figure.breakdowns().get(c).at(WireNames.PUPILS), "cell", "indicator", indicator,
              "schoolYear", figure.schoolYear(), "dimension", cell.dimension(), "category", cell.category(),
              "threshold", threshold);
        }
      }
    }
  }

  private static boolean small(Optional<BigDecimal> value, OptionalInt pupils, int threshold) {
    return value.isPresent() && pupils.isPresent() && pupils.getAsInt() < threshold;
  }
}
