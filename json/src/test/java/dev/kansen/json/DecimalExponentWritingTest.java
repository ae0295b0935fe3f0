package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Dosage;
import dev.kansen.model.Intervention;
import dev.kansen.model.Programme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A decimal written as a JSON number keeps its scale ({@code 1E-1001}); the reader refuses an
 * exponent beyond 1,000 either way, so the writer refuses to write one, naming its path.
 */
class DecimalExponentWritingTest {
  private static Programme golden() {
    return KansenJson.strict().read(TestResources.bytes(TestResources.resources("golden").resolve("den-bosch-2021.json")));
  }

  private static Programme withHoursPerWeek(BigDecimal hours) {
    Programme p = golden();
    List<Intervention> interventions = new ArrayList<>(p.interventions());
    interventions.set(0, Intervention.builder().from(interventions.get(0))
        .dosage(Dosage.builder().hoursPerWeek(hours).build()).build());
    return Programme.builder().from(p).interventions(interventions).build();
  }

  @Test
  void aDecimalWhoseScaleTheReaderAcceptsIsWrittenAndReadBack() {
    for (String hours : List.of("1E-1000", "1E+1000", "0.5")) {
      Programme p = withHoursPerWeek(new BigDecimal(hours));
      assertEquals(p, KansenJson.strict().read(KansenJson.strict().write(p)), hours);
    }
  }

  @Test
  void aDecimalWhoseScaleTheReaderRefusesIsNotWritten() {
    for (String hours : List.of("1E-1001", "1E+1001")) {
      Programme p = withHoursPerWeek(new BigDecimal(hours));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KansenJson.strict().write(p), hours);
      assertTrue(e.getMessage().contains("\"/interventions/0/dosage/hoursPerWeek\""), e.getMessage());
    }
  }
}
