package dev.kansen.json;

import dev.kansen.model.Programme;
import dev.kansen.validation.ValidationReport;
import java.util.Objects;

/**
 * A programme read from JSON together with the validator's report on it, each finding placed at
 * the line and column of its value in the source text (or of the nearest enclosing value that
 * exists, for findings about something missing).
 */
public final class ValidatedProgramme {
  private final Programme programme;
  private final ValidationReport report;

  ValidatedProgramme(Programme programme, ValidationReport report) {
    this.programme = Objects.requireNonNull(programme, "programme");
    this.report = Objects.requireNonNull(report, "report");
  }

  /** @return the programme as read */
  public Programme programme() {
    return programme;
  }

  /** @return the validator's findings, in path order, with source positions */
  public ValidationReport report() {
    return report;
  }

  /** @return whether the report holds no ERROR */
  public boolean valid() {
    return report.valid();
  }

  /** @return the programme's id and the report */
  @Override
  public String toString() {
    return programme.id() + ": " + report;
  }
}
