package dev.kansen.validation.internal.rules;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Indicator;
import dev.kansen.model.Measurement;
import dev.kansen.model.SchoolYear;
import dev.kansen.validation.Findings;
import dev.kansen.validation.LocatedFigure;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** The pupils of a figure's breakdown cells add up to the figure's pupils, per dimension. */
final class BreakdownPupilsMismatch extends BuiltInRule {
  BreakdownPupilsMismatch() {
    super(RuleCode.BREAKDOWN_PUPILS_MISMATCH);
  }

  /** Running sum of one dimension. */
  private static final class Tally {
    final int first;
    long sum;
    boolean complete = true;

    Tally(int first) {
      this.first = first;
    }
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (LocatedFigure located : index.figures()) {
      Measurement figure = located.value();
      if (figure.pupils().isEmpty() || figure.breakdowns().isEmpty()) {
        continue;
      }
      Indicator indicator = located.indicator().value();
      SchoolYear year = located.schoolYear();
      for (Map.Entry<String, Tally> e : tally(figure).entrySet()) {
        Tally tally = e.getValue();
        if (tally.complete && tally.sum != figure.pupils().getAsInt()) {
          // The difference is a group of pupils, and the total or the sum, beside the cells a report
          // shows, gives another: the finding states neither count, whatever their size.
          findings.reportVariant(located.breakdowns().get(tally.first).path(),
              tally.sum > figure.pupils().getAsInt() ? "more" : "fewer",
              "indicator", indicator.id(), "schoolYear", year, "dimension", e.getKey());
        }
      }
    }
  }

  private static Map<String, Tally> tally(Measurement figure) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (int b = 0; b < figure.breakdowns().size(); b++) {
      Breakdown cell = figure.breakdowns().get(b);
      int position = b;
      Tally tally = tallies.computeIfAbsent(cell.dimension(), d -> new Tally(position));
      if (cell.pupils().isPresent()) {
        tally.sum += cell.pupils().getAsInt();
      } else {
        tally.complete = false;
      }
    }
    return tallies;
  }
}
