package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** How {@code --as-of} reads a day. */
class DateConverterTest {
  private final DateConverter converter = new DateConverter();

  @Test
  void readsAnIsoDay() {
    assertEquals(LocalDate.of(2024, 7, 31), converter.convert("2024-07-31"));
  }

  @Test
  void refusesAnythingElseNamingTheExpectedFormAndTheValue() {
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> converter.convert("2024-02-30"));
    assertEquals("expected a date such as 2024-07-31, but was \"2024-02-30\"", e.getMessage());
  }
}
