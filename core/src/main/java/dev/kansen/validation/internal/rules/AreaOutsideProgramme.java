package dev.kansen.validation.internal.rules;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Intervention;
import dev.kansen.model.Partner;
import dev.kansen.model.id.AreaCode;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Located;
import dev.kansen.validation.LocatedFigure;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.List;
import java.util.Optional;

/** A CBS district or neighbourhood code lies in one of the programme's municipalities. */
final class AreaOutsideProgramme extends BuiltInRule {
  AreaOutsideProgramme() {
    super(RuleCode.AREA_OUTSIDE_PROGRAMME);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Intervention> located : index.interventions()) {
      check(index, located.value().areas(), located, findings);
    }
    for (Located<Partner> located : index.partners()) {
      check(index, located.value().areas(), located, findings);
    }
    for (LocatedFigure figure : index.figures()) {
      Optional<AreaCode> area = figure.value().area();
      if (area.isPresent() && outside(index, area.get())) {
        report(area.get(), figure.at("area"), findings);
      }
      List<Breakdown> cells = figure.value().breakdowns();
      for (int c = 0; c < cells.size(); c++) {
        Optional<AreaCode> cellArea = cells.get(c).area();
        if (cellArea.isPresent() && outside(index, cellArea.get())) {
          report(cellArea.get(), figure.breakdowns().get(c).at("area"), findings);
        }
      }
    }
  }

  /** Checks an element's {@code areas}; a pointer is made only for a finding. */
  private static void check(ProgrammeIndex index, List<AreaCode> areas, Located<?> owner, Findings findings) {
    for (int i = 0; i < areas.size(); i++) {
      if (outside(index, areas.get(i))) {
        report(areas.get(i), owner.at("areas", i), findings);
      }
    }
  }

  private static boolean outside(ProgrammeIndex index, AreaCode area) {
    return index.municipality(area.municipality()).isEmpty();
  }

  private static void report(AreaCode area, JsonPointer at, Findings findings) {
    findings.reportArguments(at, "area", area.value(), "municipality", area.municipality());
  }
}
