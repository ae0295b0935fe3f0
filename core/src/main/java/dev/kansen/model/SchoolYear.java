package dev.kansen.model;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ValueCode;
import java.time.LocalDate;
import java.time.Month;

/**
 * A Dutch school year: 1 August to 31 July, written {@code 2023-2024}.
 *
 * @param startYear the calendar year in which the school year starts
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {
  private static final int FIRST = 1900;
  private static final int LAST = 2199;

  /**
   * Checks the year.
   *
   * @throws InvalidValueException with code {@code INVALID_SCHOOL_YEAR} outside 1900-1901 .. 2199-2200
   */
  public SchoolYear {
    if (startYear < FIRST || startYear > LAST) {
      throw new InvalidValueException("", startYear, CodeMessage.variant(ValueCode.INVALID_SCHOOL_YEAR, "range",
          "first", FIRST, "last", LAST, "year", startYear));
    }
  }

  /**
   * The school year starting in August of the given year.
   *
   * @param startYear e.g. 2023 for 2023-2024
   * @return the school year
   */
  public static SchoolYear of(int startYear) {
    return new SchoolYear(startYear);
  }

  /**
   * Parses the written form.
   *
   * @param text e.g. {@code 2023-2024}
   * @return the school year
   * @throws InvalidValueException with code {@code INVALID_SCHOOL_YEAR} unless the text is two consecutive years
   */
  public static SchoolYear parse(String text) {
    if (text.length() != 9 || text.charAt(4) != '-' || year(text, 0) < 0 || year(text, 5) != year(text, 0) + 1) {
      throw new InvalidValueException("", text, CodeMessage.variant(ValueCode.INVALID_SCHOOL_YEAR, "written",
          "value", InvalidValueException.shorten(text)));
    }
    return new SchoolYear(year(text, 0));
  }

  /** @return the four ASCII digits at {@code from} as a number, or -1 when they are not four digits */
  private static int year(String text, int from) {
    int year = 0;
    for (int i = from; i < from + 4; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      year = year * 10 + (c - '0');
    }
    return year;
  }

  /**
   * The school year a date falls in.
   *
   * @param date a date
   * @return the school year that contains it
   */
  public static SchoolYear containing(LocalDate date) {
    return new SchoolYear(date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /** @return 1 August of the start year */
  public LocalDate start() {
    return LocalDate.of(startYear, Month.AUGUST, 1);
  }

  /** @return 31 July of the following year */
  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.JULY, 31);
  }

  /** @return the school year as an inclusive date range */
  public DateRange period() {
    return new DateRange(start(), end());
  }

  /** @return the next school year */
  public SchoolYear next() {
    return new SchoolYear(startYear + 1);
  }

  @Override
  public int compareTo(SchoolYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  /** @return e.g. {@code 2023-2024} */
  @Override
  public String toString() {
    return startYear + "-" + (startYear + 1);
  }
}
