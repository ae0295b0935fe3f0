package dev.kansen.validation.internal.rules;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Measurement;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** The pupils of a figure's breakdown cells add up to the figure's pupils, per dimension. */
final class BreakdownPupilsMismatch extends BuiltInRule {
  BreakdownPupilsMismatch() {
    super("BREAKDOWN_PUPILS_MISMATCH", Severity.ERROR,
        "For a figure that states its pupils, the pupils of its breakdown cells in one dimension add up to another"
            + " number; reported at the dimension's first cell. A dimension with a cell that states no pupils is"
            + " not checked. The finding states no counts: the total, the sum or their difference could give away a small"
            + " group beside the cells a report shows.",
        "IATI indicator dimensions and CBS practice: a breakdown divides the total, so its counts add up to it."
            + " ERROR: the total or a cell is wrong.");
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
    Measurements.forEach(index.programme(), (indicator, figure, path, year) -> {
      if (figure.pupils().isEmpty()) {
        return;
      }
      for (Map.Entry<String, Tally> e : tally(figure).entrySet()) {
        Tally tally = e.getValue();
        if (tally.complete && tally.sum != figure.pupils().getAsInt()) {
          // The difference is a group of pupils, and the total or the sum, beside the cells a report
          // shows, gives another: the finding states neither count, whatever their size.
          findings.report(path.child("breakdowns").index(tally.first), "Indicator \"" + indicator.id() + "\" for "
              + year + ": the pupils of its " + e.getKey() + " breakdown add up to "
              + (tally.sum > figure.pupils().getAsInt() ? "more" : "fewer") + " than the figure's pupils",
              "indicator", indicator.id(), "dimension", e.getKey());
        }
      }
    });
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
