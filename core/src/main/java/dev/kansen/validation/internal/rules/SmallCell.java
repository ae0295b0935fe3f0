package dev.kansen.validation.internal.rules;

import dev.kansen.model.Breakdown;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
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
    Measurements.forEach(index.programme(), (indicator, figure, path, year) -> {
      String what = "Indicator \"" + indicator.id() + "\" for " + year;
      check(figure.value(), figure.pupils(), threshold, path.child("pupils"), what, findings);
      for (int b = 0; b < figure.breakdowns().size(); b++) {
        Breakdown cell = figure.breakdowns().get(b);
        check(cell.value(), cell.pupils(), threshold, path.child("breakdowns").index(b).child("pupils"),
            what + ", " + cell.dimension() + " " + cell.category() + ",", findings);
      }
    });
  }

  private static void check(Optional<BigDecimal> value, OptionalInt pupils, int threshold, JsonPointer path,
      String what, Findings findings) {
    if (value.isPresent() && pupils.isPresent() && pupils.getAsInt() < threshold) {
      // The message and arguments never state the count: a report that prints them must not
      // publish the very figure about too few pupils that this rule withholds.
      findings.report(path, what + " gives a value computed from fewer pupils than the small-cell threshold of "
          + threshold + "; suppress the value", "threshold", threshold);
    }
  }
}
