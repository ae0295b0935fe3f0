package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Breakdown;
import dev.kansen.model.Indicator;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.LocatedFigure;
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
    for (LocatedFigure figure : index.figures()) {
      if (figure.breakdowns().size() < 2) {
        continue;
      }
      Indicator indicator = figure.indicator().value();
      Map<List<String>, Integer> seen = new HashMap<>();
      for (Located<Breakdown> located : figure.breakdowns()) {
        Breakdown cell = located.value();
        Integer earlier = seen.putIfAbsent(List.of(cell.dimension(), cell.category()), located.index());
        if (earlier != null) {
          findings.reportArguments(located.at(WireNames.CATEGORY), "indicator", indicator.id(), "dimension", cell.dimension(), "category", cell.category(), "schoolYear", figure.schoolYear(), "first", earlier, "second", located.index());
        }
      }
    }
  }
}
