package dev.kansen.validation.internal.rules;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Indicator;
import dev.kansen.model.Measurement;
import dev.kansen.model.SchoolYear;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
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
      if (figure.pupils().isEmpty() || located.breakdowns().isEmpty()) {
        continue;
      }
      Indicator indicator = located.indicator().value();
      SchoolYear year = located.schoolYear();
      for (Map.Entry<String, Tally> e : tally(figure).entrySet()) {
        Tally tally = e.getValue();
        if (tally.complete && tally.sum != figure.pupils().getAsInt()) {
          // The difference is a group of pupils; stated below the threshold it would publish a
          // small cell, so the message then gives neither count nor sum.
          long difference = Math.abs(figure.pupils().getAsInt() - tally.sum);
          JsonPointer path = located.breakdowns().get(tally.first).path();
          String message = "Indicator \"" + indicator.id() + "\" for " + year + ": the pupils of its " + e.getKey()
              + " breakdown do not add up to the figure's pupils";
          if (difference >= context.smallCellThreshold()) {
            findings.report(path, message + " (" + figure.pupils().getAsInt()
                + " pupils, breakdown " + tally.sum + ")", "indicator", indicator.id(), "dimension", e.getKey(),
                "pupils", figure.pupils().getAsInt(), "sum", tally.sum);
          } else {
            findings.report(path, message + "; they differ by fewer than the"
                + " small-cell threshold of " + context.smallCellThreshold() + " pupils", "indicator", indicator.id(),
                "dimension", e.getKey(), "threshold", context.smallCellThreshold());
          }
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
