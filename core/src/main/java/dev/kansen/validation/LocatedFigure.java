package dev.kansen.validation;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Indicator;
import dev.kansen.model.Measurement;
import dev.kansen.model.SchoolYear;
import java.util.List;
import java.util.Objects;

/**
 * One figure of an indicator — its baseline, or a period's target or actual — with where it is and
 * its breakdown cells, each located.
 *
 * @param indicator the indicator, located
 * @param value the figure
 * @param path where the figure is, e.g. {@code /indicators/0/periods/1/actual}
 * @param schoolYear the school year the figure is for
 * @param breakdowns the figure's breakdown cells, each with its path
 */
public record LocatedFigure(Located<Indicator> indicator, Measurement value, JsonPointer path, SchoolYear schoolYear,
    List<Located<Breakdown>> breakdowns) {
  /**
   * Checks and copies the parts.
   *
   * @param indicator the indicator
   * @param value the figure
   * @param path where it is
   * @param schoolYear its school year
   * @param breakdowns its breakdown cells
   */
  public LocatedFigure {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(schoolYear, "schoolYear");
    breakdowns = List.copyOf(breakdowns);
  }

  /**
   * @param property a property of the figure
   * @return its path, e.g. {@code /indicators/0/baseline/pupils}
   */
  public JsonPointer at(String property) {
    return path.child(property);
  }
}
