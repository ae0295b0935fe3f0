package dev.kansen.validation.internal.rules;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Measure;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.math.BigDecimal;
import java.util.Optional;

/** Percentages lie between 0 and 100. */
final class PercentageOutOfRange extends BuiltInRule {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  PercentageOutOfRange() {
    super(RuleCode.PERCENTAGE_OUT_OF_RANGE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Measurements.forEach(index.programme(), (indicator, figure, path, year) -> {
      if (indicator.measure() != Measure.PERCENTAGE) {
        return;
      }
      check(figure.value(), path.child("value"), "Indicator \"" + indicator.id() + "\" for " + year, findings);
      for (int b = 0; b < figure.breakdowns().size(); b++) {
        Breakdown cell = figure.breakdowns().get(b);
        check(cell.value(), path.child("breakdowns").index(b).child("value"), "Indicator \"" + indicator.id()
            + "\" for " + year + ", " + cell.dimension() + " " + cell.category() + ",", findings);
      }
    });
  }

  private static void check(Optional<BigDecimal> value, JsonPointer path, String what, Findings findings) {
    if (value.isPresent() && (value.get().signum() < 0 || value.get().compareTo(HUNDRED) > 0)) {
      findings.report(path, what + " has percentage " + value.get().toPlainString() + ", outside 0 to 100",
          "value", value.get().toPlainString());
    }
  }
}
