package dev.kansen.analysis;

import dev.kansen.model.SchoolYear;
import java.util.Objects;

/**
 * A published figure with the school year it is for.
 *
 * @param schoolYear the school year
 * @param figure the figure as it may be published
 */
public record DatedFigure(SchoolYear schoolYear, PublishedFigure figure) {
  /** Checks that no component is {@code null}. */
  public DatedFigure {
    Objects.requireNonNull(schoolYear, "DatedFigure.schoolYear must not be null");
    Objects.requireNonNull(figure, "DatedFigure.figure must not be null");
  }
}
