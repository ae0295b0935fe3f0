package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.CohortTable;
import dev.kansen.model.Indicator;
import dev.kansen.model.Measure;
import dev.kansen.model.Programme;
import dev.kansen.testing.CohortTableGenerator;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Programmes with generated cohort tables, and an indicator naming one: the tables and indicators read
 * back equal, and the document rewrites byte for byte (the generator's unknown properties are raw JSON,
 * compared as written, as in {@code RoundTripPropertiesTest}).
 */
class CohortTableRoundTripTest {
  static Stream<Arguments> cases() {
    return Seeds.cases();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void cohortTablesReadBackEqual(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    CohortTable table = CohortTableGenerator.table(random);
    Programme generated = ProgrammeGenerator.programme(random);
    Programme p = Programme.builder().from(generated).cohortTables(List.of(table, CohortTableGenerator.table(random)))
        .addIndicators(Indicator.builder().id("from-cohort").title("Onderadvisering").measure(Measure.PERCENTAGE)
            .cohortTable(table.id()).build())
        .build();
    KansenJson json = KansenJson.lenient();
    String written = json.write(p);
    Programme back = json.read(written.getBytes(StandardCharsets.UTF_8));
    assertEquals(p.cohortTables(), back.cohortTables(), Seeds.describe(seed));
    assertEquals(p.indicator("from-cohort"), back.indicator("from-cohort"), Seeds.describe(seed));
    assertEquals(written, json.write(back), Seeds.describe(seed));
  }
}
