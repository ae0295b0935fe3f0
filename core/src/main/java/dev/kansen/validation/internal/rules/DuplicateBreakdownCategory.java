package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Breakdown;
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

  /** Up to this many cells, a figure's cells are compared with each other instead of hashed. */
  static final int COMPARED = 16;

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (LocatedFigure figure : index.figures()) {
      List<Breakdown> cells = figure.value().breakdowns();
      if (cells.size() < 2) {
        continue;
      }
      Map<List<String>, Integer> seen = cells.size() > COMPARED ? new HashMap<>() : null;
      for (int c = 0; c < cells.size(); c++) {
        Breakdown cell = cells.get(c);
        int earlier;
        if (seen == null) {
          earlier = earlier(cells, c);
        } else {
          Integer first = seen.putIfAbsent(List.of(cell.dimension(), cell.category()), c);
          earlier = first == null ? -1 : first;
        }
        if (earlier >= 0) {
          Located<Breakdown> located = figure.breakdowns().get(c);
          findings.reportArguments(located.at(WireNames.CATEGORY), "indicator", figure.indicator().value().id(),
              "dimension", cell.dimension(), "category", cell.category(), "schoolYear", figure.schoolYear(),
              "first", earlier, "second", c);
        }
      }
    }
  }

  /** @return the first cell before {@code c} of the same dimension and category as cell {@code c}, or -1 */
  private static int earlier(List<Breakdown> cells, int c) {
    Breakdown cell = cells.get(c);
    for (int e = 0; e < c; e++) {
      Breakdown other = cells.get(e);
      if (other.category().equals(cell.category()) && other.dimension().equals(cell.dimension())) {
        return e;
      }
    }
    return -1;
  }
}
