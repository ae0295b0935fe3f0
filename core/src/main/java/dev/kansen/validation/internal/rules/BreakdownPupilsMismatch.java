package dev.kansen.validation.internal.rules;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Measurement;
import dev.kansen.validation.Findings;
import dev.kansen.validation.LocatedFigure;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

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

  /** Up to this many cells, a figure's dimensions are found by comparing its cells instead of hashing. */
  static final int COMPARED = 16;

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (LocatedFigure located : index.figures()) {
      Measurement figure = located.value();
      OptionalInt pupils = figure.pupils();
      List<Breakdown> cells = figure.breakdowns();
      if (pupils.isEmpty() || cells.isEmpty()) {
        continue;
      }
      int total = pupils.getAsInt();
      if (cells.size() > COMPARED) {
        for (Map.Entry<String, Tally> e : tally(cells).entrySet()) {
          Tally tally = e.getValue();
          if (tally.complete) {
            check(located, tally.first, e.getKey(), tally.sum, total, findings);
          }
        }
        continue;
      }
      // each dimension at its first cell, in the order of first cells, as the tallies' map keeps them
      for (int first = 0; first < cells.size(); first++) {
        String dimension = cells.get(first).dimension();
        if (seenBefore(cells, first, dimension)) {
          continue;
        }
        long sum = 0;
        boolean complete = true;
        for (int c = first; c < cells.size(); c++) {
          Breakdown cell = cells.get(c);
          if (cell.dimension().equals(dimension)) {
            OptionalInt count = cell.pupils();
            if (count.isPresent()) {
              sum += count.getAsInt();
            } else {
              complete = false;
            }
          }
        }
        if (complete) {
          check(located, first, dimension, sum, total, findings);
        }
      }
    }
  }

  private static boolean seenBefore(List<Breakdown> cells, int c, String dimension) {
    for (int e = 0; e < c; e++) {
      if (cells.get(e).dimension().equals(dimension)) {
        return true;
      }
    }
    return false;
  }

  private static void check(LocatedFigure located, int first, String dimension, long sum, int total,
      Findings findings) {
    if (sum != total) {
      // The difference is a group of pupils, and the total or the sum, beside the cells a report
      // shows, gives another: the finding states neither count, whatever their size.
      findings.reportVariant(located.breakdowns().get(first).path(), sum > total ? "more" : "fewer",
          "indicator", located.indicator().value().id(), "schoolYear", located.schoolYear(), "dimension", dimension);
    }
  }

  private static Map<String, Tally> tally(List<Breakdown> cells) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (int b = 0; b < cells.size(); b++) {
      Breakdown cell = cells.get(b);
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
