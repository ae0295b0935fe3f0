package dev.kansen.model;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ValueCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An inclusive, ordered range of dates: both {@code start} and {@code end} belong to it, and
 * {@code end} is never before {@code start}. A single day has {@code start == end}.
 *
 * @param start the first day
 * @param end the last day, not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {
  /**
   * Checks the order.
   *
   * @throws InvalidValueException with code {@code DATE_RANGE_INVERTED} when end is before start
   */
  public DateRange {
    Objects.requireNonNull(start, "DateRange.start must not be null");
    Objects.requireNonNull(end, "DateRange.end must not be null");
    if (end.isBefore(start)) {
      throw new InvalidValueException("end", end, CodeMessage.variant(ValueCode.DATE_RANGE_INVERTED, "range",
          "end", end, "start", start));
    }
  }

  /**
   * A range of dates.
   *
   * @param start the first day
   * @param end the last day
   * @return the range
   * @throws InvalidValueException with code {@code DATE_RANGE_INVERTED} when end is before start
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, end);
  }

  /**
   * A range from ISO-8601 dates.
   *
   * @param start the first day, e.g. {@code 2021-01-27}
   * @param end the last day
   * @return the range
   */
  public static DateRange of(String start, String end) {
    return new DateRange(LocalDate.parse(start), LocalDate.parse(end));
  }

  /**
   * A range of one day.
   *
   * @param day the day
   * @return the range {@code [day, day]}
   */
  public static DateRange day(LocalDate day) {
    return new DateRange(day, day);
  }

  /**
   * @param date a date
   * @return whether the date lies in this range, bounds included
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * @param other another range
   * @return whether the other range lies wholly inside this one
   */
  public boolean contains(DateRange other) {
    return contains(other.start) && contains(other.end);
  }

  /**
   * @param other another range
   * @return whether the two ranges share at least one day
   */
  public boolean overlaps(DateRange other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /** @return the number of days in the range, at least one */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** @return e.g. {@code 2021-01-27..2021-12-31} */
  @Override
  public String toString() {
    return start + ".." + end;
  }
}
