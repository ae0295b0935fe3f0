package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.CohortTable;
import dev.kansen.model.Programme;
import dev.kansen.testing.CohortTableGenerator;
import dev.kansen.testing.Seeds;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated valid cohort tables, groups of hundreds of pupils included, draw no cohort finding. */
class CohortRulesTest {
  static Stream<Arguments> cases() {
    return Seeds.cases();
  }

  /** Fails on the first version of COHORT_PUPILS_MISMATCH, which compared boxed counts by identity. */
  @ParameterizedTest
  @MethodSource("cases")
  void aValidGeneratedCohortTableDrawsNoCohortFinding(long seed) {
    CohortTable table = CohortTableGenerator.table(new SplittableRandom(seed));
    Programme programme = Programme.builder().from(ProgrammeFixture.valid()).cohortTables(List.of(table)).build();
    List<String> codes = Validator.standard().validate(programme, ProgrammeFixture.context()).violations().stream()
        .map(v -> v.code()).filter(c -> c.startsWith("COHORT_")).toList();
    assertEquals(List.of(), codes, Seeds.describe(seed));
  }
}
