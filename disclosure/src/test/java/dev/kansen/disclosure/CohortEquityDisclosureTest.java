package dev.kansen.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.analysis.CohortEquity;
import dev.kansen.analysis.EquityMeasure;
import dev.kansen.analysis.Suppression;
import dev.kansen.model.AdviceLevel;
import dev.kansen.model.CohortCell;
import dev.kansen.model.CohortTable;
import dev.kansen.model.ParentalEducation;
import dev.kansen.model.Programme;
import dev.kansen.model.SchoolYear;
import dev.kansen.model.TestKind;
import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.testing.CohortTableGenerator;
import dev.kansen.testing.EquityAttacker;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.Seeds;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The equity measures of cohort tables published through the linked control, as kansen's outputs do. */
class CohortEquityDisclosureTest {
  private static final int THRESHOLD = 10;

  static Stream<Arguments> cases() {
    return Seeds.cases();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void noPublishedShareRestsOnASmallGroupOrLetsOneBeWorkedOut(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    CohortTable table = CohortTableGenerator.table(random);
    Programme programme = Programme.builder().from(ProgrammeGenerator.programme(random)).cohortTables(List.of(table))
        .build();
    EquityAttacker.assertNoSmallDifferenceBetweenPublishedPopulations(
        CohortEquity.of(table, LinkedDisclosure.of(programme, THRESHOLD)), THRESHOLD, Seeds.describe(seed));
  }

  /** Small cells that are all 0%: low 4 and middle 6 pupils are withheld, and with them one more group. */
  @Test
  void twoSmallGroupsTogetherReachingTheThresholdAreNotEnoughWhenBothAreAllNone() {
    CohortTable table = CohortTable.builder().id("t").schoolYear(SchoolYear.of(2023))
        .municipality(MunicipalityCode.of("GM0796")).test(TestKind.DOORSTROOMTOETS)
        .addCells(cell(ParentalEducation.LOW, 4, AdviceLevel.HAVO), cell(ParentalEducation.MIDDLE, 6, AdviceLevel.HAVO),
            cell(ParentalEducation.HIGH, 80, AdviceLevel.HAVO), cell(ParentalEducation.HIGH, 10, AdviceLevel.VMBO_GT))
        .build();
    Programme programme = Programme.builder().from(ProgrammeGenerator.programme(new SplittableRandom(1)))
        .cohortTables(List.of(table)).build();
    var below = CohortEquity.of(table, LinkedDisclosure.of(programme, THRESHOLD)).figure(EquityMeasure.BELOW_TEST_ADVICE)
        .orElseThrow();
    assertEquals(Suppression.SMALL_CELL, below.group("low").suppression());
    assertEquals(Suppression.SMALL_CELL, below.group("middle").suppression());
    // published: the total 10% of 100 and high 11.1% of 90 would say that low and middle are all 0%
    assertEquals(true, below.total().suppressed() || below.group("high").suppressed(), below.toString());
  }

  private static CohortCell cell(ParentalEducation group, int pupils, AdviceLevel school) {
    return CohortCell.builder().parentalEducation(group).testAdvice(AdviceLevel.HAVO).schoolAdvice(school)
        .pupils(pupils).build();
  }
}
