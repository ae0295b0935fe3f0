package dev.kansen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.CohortCell;
import dev.kansen.model.CohortTable;
import dev.kansen.model.ParentalEducation;
import dev.kansen.testing.CohortTableGenerator;
import dev.kansen.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the equity measures over generated cohort tables, over {@code kansen.cases} seeds. */
class EquityPropertiesTest {
  static Stream<Arguments> cases() {
    return Seeds.cases();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theGroupsAddUpToTheTotalInEveryMeasure(long seed) {
    CohortTable table = CohortTableGenerator.table(new SplittableRandom(seed));
    for (EquityMeasure measure : EquityMeasure.values()) {
      Optional<Proportion> total = CohortMeasures.proportion(table, measure, Optional.empty());
      Proportion sum = new Proportion(0, 0);
      for (ParentalEducation group : ParentalEducation.values()) {
        Optional<Proportion> p = CohortMeasures.proportion(table, measure, Optional.of(group));
        assertEquals(total.isPresent(), p.isPresent(), Seeds.describe(seed));
        if (p.isPresent()) {
          sum = sum.plus(p.get());
        }
      }
      assertEquals(total.orElse(new Proportion(0, 0)), sum, measure + ", " + Seeds.describe(seed));
    }
    long cells = table.cells().stream().mapToLong(CohortCell::pupils).sum();
    assertEquals(cells, CohortMeasures.proportion(table, EquityMeasure.BELOW_TEST_ADVICE, Optional.empty())
        .orElseThrow().pupils(), Seeds.describe(seed));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void twoIdenticalGroupsHaveGapZeroInsideAnIntervalAroundIt(long seed) {
    CohortTable generated = CohortTableGenerator.table(new SplittableRandom(seed));
    List<CohortCell> cells = new ArrayList<>();
    for (CohortCell cell : generated.cells()) {
      if (cell.parentalEducation() == ParentalEducation.LOW) {
        cells.add(cell);
        cells.add(CohortCell.builder().from(cell).parentalEducation(ParentalEducation.HIGH).build());
      }
    }
    CohortTable table = CohortTable.builder().from(generated).cells(cells).levels(List.of()).pupils(java.util.OptionalInt.empty())
        .build();
    for (EquityFigure figure : CohortEquity.of(table, Disclosure.of(1)).figures()) {
      for (ProportionGap gap : figure.gaps()) {
        String where = figure.measure() + ", " + Seeds.describe(seed);
        assertEquals(0.0, gap.gap(), 0.0, where);
        assertTrue(gap.lower() <= 0 && gap.upper() >= 0, where);
        assertEquals(-gap.lower(), gap.upper(), 1e-12, "symmetric: " + where);
        assertTrue(gap.upper() > 0, "an interval, not a point: " + where);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void swappingTheGroupsNegatesTheGapAndMirrorsTheInterval(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long n1 = 1 + random.nextInt(500);
    long n2 = 1 + random.nextInt(500);
    long x1 = random.nextLong(n1 + 1);
    long x2 = random.nextLong(n2 + 1);
    for (IntervalMethod method : IntervalMethod.values()) {
      ProportionGap forward = ProportionGap.of("a", new Proportion(x1, n1), "b", new Proportion(x2, n2), method);
      ProportionGap backward = ProportionGap.of("b", new Proportion(x2, n2), "a", new Proportion(x1, n1), method);
      String where = method + " " + x1 + "/" + n1 + " - " + x2 + "/" + n2 + ", " + Seeds.describe(seed);
      assertEquals(-forward.gap(), backward.gap(), 1e-12, where);
      assertEquals(-forward.lower(), backward.upper(), 1e-12, where);
      assertEquals(-forward.upper(), backward.lower(), 1e-12, where);
      assertTrue(forward.lower() <= forward.gap() + 1e-12 && forward.gap() <= forward.upper() + 1e-12, where);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void noPublishedFigureRestsOnFewerPupilsThanTheThreshold(long seed) {
    CohortTable table = CohortTableGenerator.table(new SplittableRandom(seed));
    int threshold = 10;
    dev.kansen.testing.EquityAttacker.assertNoSmallDifferenceBetweenPublishedPopulations(CohortEquity.of(table, Disclosure.of(threshold)),
        threshold, Seeds.describe(seed));
  }
}
