package dev.kansen.model;

import static dev.kansen.testing.ModelAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolYearTest {

  @Test
  void parsesTheWrittenForm() {
    SchoolYear year = SchoolYear.parse("2023-2024");
    assertEquals(2023, year.startYear());
    assertEquals("2023-2024", year.toString());
    assertEquals(SchoolYear.of(2023), year);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-2025", "2023-2023", "23-24", "2023/2024", "2023", "", " 2023-2024", "2023-2024 "})
  void rejectsAnythingButTwoConsecutiveYears(String text) {
    assertInvalid(() -> SchoolYear.parse(text), "INVALID_SCHOOL_YEAR", "",
        "SchoolYear must be written as two consecutive years such as 2023-2024, but was \"" + text + "\"");
  }

  @Test
  void rejectsYearsOutsideTheSupportedCenturies() {
    assertInvalid(() -> SchoolYear.of(1899), "INVALID_SCHOOL_YEAR", "", "but started in 1899");
    assertInvalid(() -> SchoolYear.of(2200), "INVALID_SCHOOL_YEAR", "", "but started in 2200");
    assertInvalid(() -> SchoolYear.parse("2200-2201"), "INVALID_SCHOOL_YEAR", "", "2200");
  }

  @Test
  void aSchoolYearRunsFromTheFirstOfAugustToTheThirtyFirstOfJuly() {
    SchoolYear year = SchoolYear.of(2023);
    assertEquals(LocalDate.of(2023, 8, 1), year.start());
    assertEquals(LocalDate.of(2024, 7, 31), year.end());
    assertEquals(DateRange.of("2023-08-01", "2024-07-31"), year.period());
    assertEquals(366, year.period().days());
    assertEquals(SchoolYear.of(2024), year.next());
    assertEquals(year.end().plusDays(1), year.next().start());
  }

  @Test
  void containingSwitchesOnTheFirstOfAugust() {
    assertEquals(SchoolYear.of(2022), SchoolYear.containing(LocalDate.of(2023, 7, 31)));
    assertEquals(SchoolYear.of(2023), SchoolYear.containing(LocalDate.of(2023, 8, 1)));
    assertEquals(SchoolYear.of(2023), SchoolYear.containing(LocalDate.of(2023, 12, 31)));
    assertEquals(SchoolYear.of(2023), SchoolYear.containing(LocalDate.of(2024, 1, 1)));
    for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2026, 1, 1)); d = d.plusDays(1)) {
      assertTrue(SchoolYear.containing(d).period().contains(d), d.toString());
    }
  }

  @Test
  void schoolYearsSortByStartYear() {
    assertTrue(SchoolYear.of(2022).compareTo(SchoolYear.of(2023)) < 0);
    assertEquals(0, SchoolYear.parse("2023-2024").compareTo(SchoolYear.of(2023)));
  }
}
