package dev.kansen.model;

import static dev.kansen.testing.ModelAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  private final DateRange year2021 = DateRange.of("2021-01-01", "2021-12-31");

  @Test
  void anEndBeforeTheStartIsRejected() {
    assertInvalid(() -> DateRange.of("2021-12-31", "2021-01-01"), "DATE_RANGE_INVERTED", "end",
        "DateRange.end 2021-01-01 is before its start 2021-12-31");
  }

  @Test
  void aSingleDayIsARange() {
    DateRange day = DateRange.day(LocalDate.of(2021, 1, 27));
    assertEquals(1, day.days());
    assertEquals(DateRange.of("2021-01-27", "2021-01-27"), day);
    assertEquals("2021-01-27..2021-01-27", day.toString());
  }

  @Test
  void containsIncludesBothBounds() {
    assertTrue(year2021.contains(LocalDate.of(2021, 1, 1)));
    assertTrue(year2021.contains(LocalDate.of(2021, 12, 31)));
    assertFalse(year2021.contains(LocalDate.of(2020, 12, 31)));
    assertFalse(year2021.contains(LocalDate.of(2022, 1, 1)));
    assertTrue(year2021.contains(year2021));
    assertTrue(year2021.contains(DateRange.of("2021-03-01", "2021-03-31")));
    assertFalse(year2021.contains(DateRange.of("2021-12-01", "2022-01-01")));
  }

  @Test
  void overlapsWhenTheRangesShareADay() {
    assertTrue(year2021.overlaps(DateRange.of("2021-12-31", "2022-06-30")));
    assertTrue(year2021.overlaps(DateRange.of("2020-06-30", "2021-01-01")));
    assertTrue(year2021.overlaps(DateRange.of("2021-05-01", "2021-05-01")));
    assertFalse(year2021.overlaps(DateRange.of("2022-01-01", "2022-06-30")));
    assertFalse(DateRange.of("2022-01-01", "2022-06-30").overlaps(year2021));
  }

  @Test
  void daysCountsBothBoundsAndLeapDays() {
    assertEquals(365, year2021.days());
    assertEquals(366, DateRange.of("2024-01-01", "2024-12-31").days());
  }
}
