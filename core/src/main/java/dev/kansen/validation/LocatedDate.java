package dev.kansen.validation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date of a programme with where it is. The path is made only when asked for, so that walking
 * every date costs no pointer for a date no rule reports.
 *
 * @param date the date
 * @param owner where the object holding the date is, e.g. {@code /interventions/3}
 * @param property the date's property, e.g. {@code actualStart}, or the date range's, e.g. {@code planned}
 * @param part {@code start} or {@code end} for a date of a date range; empty otherwise
 */
public record LocatedDate(LocalDate date, JsonPointer owner, String property, String part) {
  /**
   * Checks the parts.
   *
   * @param date the date
   * @param owner where the object holding it is
   * @param property its property
   * @param part the part of a range, or empty
   */
  public LocatedDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(part, "part");
  }

  /** @return where the date is, e.g. {@code /interventions/3/planned/start} */
  public JsonPointer path() {
    JsonPointer at = owner.child(property);
    return part.isEmpty() ? at : at.child(part);
  }
}
