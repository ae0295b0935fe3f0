package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Alliance;
import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dates are read as {@code yyyy-mm-dd} only, so a date whose year has not four digits (before
 * 0000 or after 9999, which {@link LocalDate#toString()} spells {@code -0001-01-01} and
 * {@code +10000-01-01}) is refused by the writer, naming its path, and nothing is written.
 */
class DateYearWritingTest {
  private static Programme launched(LocalDate date) {
    Programme p = KansenJson.strict().read(TestResources.bytes(TestResources.resources("golden").resolve("den-bosch-2021.json")));
    return Programme.builder().from(p).alliance(Alliance.builder().from(p.alliance()).launched(date).build()).build();
  }

  @Test
  void datesOfTheFirstAndLastFourDigitYearsAreWrittenAndReadBack() {
    for (LocalDate date : List.of(LocalDate.of(0, 1, 1), LocalDate.of(999, 12, 31), LocalDate.of(9999, 12, 31))) {
      Programme p = launched(date);
      assertEquals(p, KansenJson.strict().read(KansenJson.strict().write(p)), date::toString);
    }
  }

  @Test
  void aDateBeyondFourDigitYearsIsRefusedWithItsPath() throws Exception {
    for (LocalDate date : List.of(LocalDate.of(10000, 1, 1), LocalDate.of(-1, 12, 31))) {
      Programme p = launched(date);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KansenJson.strict().write(p));
      assertTrue(e.getMessage().contains("\"/alliance/launched\""), e.getMessage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ProgrammeSequenceWriter lines = KansenJson.strict().writeLines(out)) {
        assertThrows(IllegalArgumentException.class, () -> lines.write(p));
      }
      assertEquals(0, out.size());
    }
  }
}
