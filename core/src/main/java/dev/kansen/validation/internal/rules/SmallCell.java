package dev.kansen.validation.internal.rules;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Indicator;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Located;
import dev.kansen.validation.LocatedFigure;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.math.BigDecimal;
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
      String what = "Indicator \"" + figure.indicator().value().id() + "\" for " + figure.schoolYear();
      if (small(figure.value().value(), figure.value().pupils(), threshold)) {
        report(figure.at("pupils"), what, threshold, findings);
      }
      for (Located<Breakdown> located : figure.breakdowns()) {
        Breakdown cell = located.value();
        if (small(cell.value(), cell.pupils(), threshold)) {
          report(located.at("pupils"), what + ", " + cell.dimension() + " " + cell.category() + ",", threshold,
              findings);
        }
      }
    }
  }

  private static boolean small(Optional<BigDecimal> value, OptionalInt pupils, int threshold) {
    return value.isPresent() && pupils.isPresent() && pupils.getAsInt() < threshold;
  }

  private static void report(JsonPointer path, String what, int threshold, Findings findings) {
    // The message and arguments never state the count: a report that prints them must not
    // publish the very figure about too few pupils that this rule withholds.
    findings.report(path, what + " gives a value computed from fewer pupils than the small-cell threshold of "
        + threshold + "; suppress the value", "threshold", threshold);
  }
}
