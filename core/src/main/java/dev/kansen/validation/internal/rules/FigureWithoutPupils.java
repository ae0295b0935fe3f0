package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Breakdown;
import dev.kansen.model.Indicator;
import dev.kansen.model.Measurement;
import dev.kansen.model.SchoolYear;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.LocatedFigure;
import dev.kansen.model.Measure;
import dev.kansen.validation.RuleCode;
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
    super(RuleCode.FIGURE_WITHOUT_PUPILS);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    int threshold = context.smallCellThreshold();
    for (LocatedFigure located : index.figures()) {
      Measurement figure = located.value();
      Indicator indicator = located.indicator().value();
      SchoolYear year = located.schoolYear();
      if (figure.value().isEmpty() || figure.pupils().isPresent() || located.property().equals(WireNames.TARGET)) {
        continue;
      }
      Map<String, Long> byDimension = new LinkedHashMap<>();
      for (Breakdown cell : figure.breakdowns()) {
        cell.pupils().ifPresent(p -> byDimension.merge(cell.dimension(), (long) p, Long::sum));
      }
      boolean unknown = byDimension.isEmpty()
          ? indicator.measure() == Measure.PERCENTAGE
          : byDimension.values().stream().allMatch(sum -> sum < threshold);
      if (unknown) {
        findings.reportArguments(located.path(), "indicator", indicator.id(), "schoolYear", year, "threshold", threshold);
      }
    }
  }
}
