package dev.kansen.validation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date of a programme with where it is. The validator walks every date and reports at few, so
 * the pointers of the date and of the object holding it are made only when asked for. Immutable;
 * two are equal when their dates, owners, properties and parts are.
 */
public final class LocatedDate {
  private final LocalDate date;
  /** The owner's pointer, or the located element ({@link Located} or {@link LocatedIn}) that makes it. */
  private final Object owner;
  private final String property;
  private final String part;

  /**
   * Checks the parts.
   *
   * @param date the date
   * @param owner where the object holding the date is, e.g. {@code /interventions/3}
   * @param property the date's property, e.g. {@code actualStart}, or the date range's, e.g. {@code planned}
   * @param part {@code start} or {@code end} for a date of a date range; empty otherwise
   */
  public LocatedDate(LocalDate date, JsonPointer owner, String property, String part) {
    this(date, (Object) Objects.requireNonNull(owner, "owner"), property, part);
  }

  private LocatedDate(LocalDate date, Object owner, String property, String part) {
    this.date = Objects.requireNonNull(date, "date");
    this.owner = owner;
    this.property = Objects.requireNonNull(property, "property");
    this.part = Objects.requireNonNull(part, "part");
  }

  /**
   * A date whose pointer is made only when asked for.
   *
   * @param owner the object holding the date: its pointer, or the {@link Located} or {@link LocatedIn}
   *     element that makes it
   */
  static LocatedDate of(LocalDate date, Object owner, String property, String part) {
    if (!(owner instanceof JsonPointer || owner instanceof Located<?> || owner instanceof LocatedIn<?, ?>)) {
      throw new IllegalArgumentException("Not a place: " + owner);
    }
    return new LocatedDate(date, owner, property, part);
  }

  /** @return the date */
  public LocalDate date() {
    return date;
  }

  /** @return where the object holding the date is, e.g. {@code /interventions/3} */
  public JsonPointer owner() {
    if (owner instanceof Located<?> located) {
      return located.path();
    }
    if (owner instanceof LocatedIn<?, ?> in) {
      return in.path();
    }
    return (JsonPointer) owner;
  }

  /** @return the date's property, e.g. {@code actualStart}, or the date range's, e.g. {@code planned} */
  public String property() {
    return property;
  }

  /** @return {@code start} or {@code end} for a date of a date range; empty otherwise */
  public String part() {
    return part;
  }

  /** @return where the date is, e.g. {@code /interventions/3/planned/start} */
  public JsonPointer path() {
    JsonPointer at = owner().child(property);
    return part.isEmpty() ? at : at.child(part);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof LocatedDate other && date.equals(other.date) && owner().equals(other.owner())
        && property.equals(other.property) && part.equals(other.part);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, owner(), property, part);
  }

  @Override
  public String toString() {
    return "LocatedDate[date=" + date + ", owner=" + owner() + ", property=" + property + ", part=" + part + "]";
  }
}
