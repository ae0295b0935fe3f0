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

/** A CBS district or neighbourhood code lies in one of the programme's municipalities. */
final class AreaOutsideProgramme extends BuiltInRule {
  AreaOutsideProgramme() {
    super(RuleCode.AREA_OUTSIDE_PROGRAMME);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Intervention> located : index.interventions()) {
      check(index, located.value().areas(), located.at("areas"), findings);
    }
    for (Located<Partner> located : index.partners()) {
      check(index, located.value().areas(), located.at("areas"), findings);
    }
    for (LocatedFigure figure : index.figures()) {
      figure.value().area().ifPresent(area -> check(index, area, figure.at("area"), findings));
      for (Located<Breakdown> cell : figure.breakdowns()) {
        cell.value().area().ifPresent(area -> check(index, area, cell.at("area"), findings));
      }
    }
  }

  private static void check(ProgrammeIndex index, List<AreaCode> areas, JsonPointer at, Findings findings) {
    for (int i = 0; i < areas.size(); i++) {
      check(index, areas.get(i), at.index(i), findings);
    }
  }

  private static void check(ProgrammeIndex index, AreaCode area, JsonPointer at, Findings findings) {
    if (index.municipality(area.municipality()).isEmpty()) {
      findings.reportArguments(at, "area", area.value(), "municipality", area.municipality());
    }
  }
}
