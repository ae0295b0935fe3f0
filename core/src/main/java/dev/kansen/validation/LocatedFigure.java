package dev.kansen.validation;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Indicator;
import dev.kansen.model.Measurement;
import dev.kansen.model.SchoolYear;
import dev.kansen.model.WireNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One figure of an indicator — its baseline, or a period's target or actual — with where it is and
 * its breakdown cells, each located. The validator walks every figure and reports at few, so a
 * figure located by the walk makes its pointer, and its cells' list, only when asked for.
 * Immutable; two are equal when their indicators, values, paths, school years and cells are.
 */
public final class LocatedFigure {
  private final Located<Indicator> indicator;
  private final Measurement value;
  private final SchoolYear schoolYear;
  /** The period's index for a target or actual; -1 for the baseline. */
  private final int period;
  /** {@code baseline}, {@code target} or {@code actual}. */
  private final String property;
  // made on first use; racy but idempotent, like String's hash
  private JsonPointer path;
  private List<Located<Breakdown>> breakdowns;

  /**
   * Checks and copies the parts.
   *
   * @param indicator the indicator, located
   * @param value the figure
   * @param path where the figure is, e.g. {@code /indicators/0/periods/1/actual}
   * @param schoolYear the school year the figure is for
   * @param breakdowns the figure's breakdown cells, each with its path
   */
  public LocatedFigure(Located<Indicator> indicator, Measurement value, JsonPointer path, SchoolYear schoolYear,
      List<Located<Breakdown>> breakdowns) {
    this.indicator = Objects.requireNonNull(indicator, "indicator");
    this.value = Objects.requireNonNull(value, "value");
    this.path = Objects.requireNonNull(path, "path");
    this.schoolYear = Objects.requireNonNull(schoolYear, "schoolYear");
    this.breakdowns = List.copyOf(breakdowns);
    List<String> segments = path.segments();
    this.property = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    this.period = -1;
  }

  private LocatedFigure(Located<Indicator> indicator, Measurement value, int period, String property,
      SchoolYear schoolYear) {
    this.indicator = indicator;
    this.value = value;
    this.period = period;
    this.property = property;
    this.schoolYear = schoolYear;
  }

  /** The indicator's baseline, its pointer made when asked for. */
  static LocatedFigure baseline(Located<Indicator> indicator, Measurement value, SchoolYear schoolYear) {
    return new LocatedFigure(indicator, value, -1, WireNames.BASELINE, schoolYear);
  }

  /** A period's target or actual ({@code property}), its pointer made when asked for. */
  static LocatedFigure ofPeriod(Located<Indicator> indicator, Measurement value, int period, String property,
      SchoolYear schoolYear) {
    return new LocatedFigure(indicator, value, period, property, schoolYear);
  }

  /** @return the indicator, located */
  public Located<Indicator> indicator() {
    return indicator;
  }

  /** @return the figure */
  public Measurement value() {
    return value;
  }

  /** @return where the figure is, e.g. {@code /indicators/0/periods/1/actual} */
  public JsonPointer path() {
    JsonPointer p = path;
    if (p == null) {
      p = period < 0 ? indicator.at(property) : indicator.at(WireNames.PERIODS, period).child(property);
      path = p;
    }
    return p;
  }

  /**
   * @return the figure's property in its object: {@code baseline} for an indicator's baseline,
   *     {@code target} or {@code actual} for a period's figure (the last segment of {@link #path()})
   */
  public String property() {
    return property;
  }

  /** @return the school year the figure is for */
  public SchoolYear schoolYear() {
    return schoolYear;
  }

  /** @return the figure's breakdown cells, each with its path */
  public List<Located<Breakdown>> breakdowns() {
    List<Located<Breakdown>> list = breakdowns;
    if (list == null) {
      List<Breakdown> cells = value.breakdowns();
      if (cells.isEmpty()) {
        list = List.of();
      } else {
        JsonPointer cellsAt = path().child(WireNames.BREAKDOWNS);
        List<Located<Breakdown>> located = new ArrayList<>(cells.size());
        for (int b = 0; b < cells.size(); b++) {
          located.add(Located.inList(cellsAt, cells.get(b), b));
        }
        list = java.util.Collections.unmodifiableList(located);
      }
      breakdowns = list;
    }
    return list;
  }

  /**
   * @param property a property of the figure
   * @return its path, e.g. {@code /indicators/0/baseline/pupils}
   */
  public JsonPointer at(String property) {
    return path().child(property);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof LocatedFigure other && indicator.equals(other.indicator)
        && value.equals(other.value) && path().equals(other.path()) && schoolYear.equals(other.schoolYear)
        && breakdowns().equals(other.breakdowns());
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, value, path(), schoolYear, breakdowns());
  }

  @Override
  public String toString() {
    return "LocatedFigure[indicator=" + indicator + ", value=" + value + ", path=" + path() + ", schoolYear="
        + schoolYear + ", breakdowns=" + breakdowns() + "]";
  }
}
