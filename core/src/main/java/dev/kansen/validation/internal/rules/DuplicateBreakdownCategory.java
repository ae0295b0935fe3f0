package dev.kansen.validation.internal.rules;

import dev.kansen.model.Breakdown;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A figure has one cell per dimension and category. */
final class DuplicateBreakdownCategory extends BuiltInRule {
  DuplicateBreakdownCategory() {
    super(RuleCode.DUPLICATE_BREAKDOWN_CATEGORY);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Measurements.forEach(index.programme(), (indicator, figure, path, year) -> {
      Map<List<String>, Integer> seen = new HashMap<>();
      for (int b = 0; b < figure.breakdowns().size(); b++) {
        Breakdown cell = figure.breakdowns().get(b);
        Integer earlier = seen.putIfAbsent(List.of(cell.dimension(), cell.category()), b);
        if (earlier != null) {
          findings.report(path.child("breakdowns").index(b).child("category"), "Indicator \"" + indicator.id()
              + "\" for " + year + " has " + cell.dimension() + " " + cell.category() + " twice: breakdowns "
              + earlier + " and " + b, "indicator", indicator.id(), "dimension", cell.dimension(),
              "category", cell.category());
        }
      }
    });
  }
}
