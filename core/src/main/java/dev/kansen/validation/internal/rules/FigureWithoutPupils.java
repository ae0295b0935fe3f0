package dev.kansen.validation.internal.rules;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Measure;
import dev.kansen.validation.Findings;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A baseline or actual with a value states no pupils, and its population is not known to reach the
 * small-cell threshold: kansen's outputs withhold it.
 */
final class FigureWithoutPupils extends BuiltInRule {
  FigureWithoutPupils() {
    super("FIGURE_WITHOUT_PUPILS", Severity.WARNING,
        "A baseline or actual with a value states no pupils, and its population is not known to reach the"
            + " context's smallCellThreshold: its breakdown cells state pupils that add up, in every dimension, to"
            + " fewer, or it is a percentage and no cell states pupils. Targets are goals and are not checked."
            + " kansen's summary and report withhold such a figure. The finding states no count.",
        "AVG (GDPR) and CBS practice: a figure is published only when it rests on enough pupils; without a"
            + " count that cannot be known. WARNING: the figure is withheld, not wrong; state its pupils.");
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    int threshold = context.smallCellThreshold();
    Measurements.forEach(index.programme(), (indicator, figure, path, year) -> {
      if (figure.value().isEmpty() || figure.pupils().isPresent() || path.toString().endsWith("/target")) {
        return;
      }
      Map<String, Long> byDimension = new LinkedHashMap<>();
      for (Breakdown cell : figure.breakdowns()) {
        cell.pupils().ifPresent(p -> byDimension.merge(cell.dimension(), (long) p, Long::sum));
      }
      boolean unknown = byDimension.isEmpty()
          ? indicator.measure() == Measure.PERCENTAGE
          : byDimension.values().stream().allMatch(sum -> sum < threshold);
      if (unknown) {
        findings.report(path, "Indicator \"" + indicator.id() + "\" for " + year + " gives a value without its pupils,"
            + " and its population is not known to reach the small-cell threshold of " + threshold
            + "; kansen withholds it", "indicator", indicator.id(), "threshold", threshold);
      }
    });
  }
}
