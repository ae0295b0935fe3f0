package dev.kansen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.AdviceLevel;
import dev.kansen.model.CohortCell;
import dev.kansen.model.CohortTable;
import dev.kansen.model.ParentalEducation;
import dev.kansen.model.SchoolYear;
import dev.kansen.model.ScoreBand;
import dev.kansen.model.TestKind;
import dev.kansen.model.id.MunicipalityCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The published equity measures of small hand-computed tables. */
class CohortEquityTest {
  private static CohortCell cell(ParentalEducation group, AdviceLevel advice, int pupils) {
    return CohortCell.builder().parentalEducation(group).band("537-550").schoolAdvice(advice).pupils(pupils).build();
  }

  /** Newcombe's example (a) as onderadvisering: low 56 of 70 below their test advice, high 48 of 80. */
  static CohortTable newcombe() {
    return CohortTable.builder().id("t").schoolYear(SchoolYear.of(2022)).municipality(MunicipalityCode.of("GM0796"))
        .test(TestKind.CENTRALE_EINDTOETS)
        .addBands(ScoreBand.of(501, 536, AdviceLevel.VMBO_GT), ScoreBand.of(537, 550, AdviceLevel.HAVO))
        .addCells(cell(ParentalEducation.LOW, AdviceLevel.VMBO_GT, 56), cell(ParentalEducation.LOW, AdviceLevel.HAVO, 14),
            cell(ParentalEducation.MIDDLE, AdviceLevel.VMBO_GT, 5),
            cell(ParentalEducation.HIGH, AdviceLevel.VMBO_GT, 48), cell(ParentalEducation.HIGH, AdviceLevel.HAVO, 32),
            cell(ParentalEducation.UNKNOWN, AdviceLevel.VWO, 20))
        .build();
  }

  @Test
  void theGapOfLowAgainstHighIsNewcombesExampleWithItsInterval() {
    EquityFigure below = CohortEquity.of(newcombe(), Disclosure.of(10)).figure(EquityMeasure.BELOW_TEST_ADVICE)
        .orElseThrow();
    assertEquals(Optional.of(new Proportion(109, 175)), below.total().proportion());
    assertEquals(Optional.of(new Proportion(56, 70)), below.group("low").proportion());
    assertEquals(Suppression.SMALL_CELL, below.group("middle").suppression());
    assertEquals(Suppression.COMPLEMENTARY, below.group("unknown").suppression(),
        "middle's 5 pupils alone would follow from the total");
    assertEquals(1, below.gaps().size());
    ProportionGap gap = below.gaps().get(0);
    assertEquals("low", gap.group());
    assertEquals("high", gap.reference());
    assertEquals(0.2, gap.gap(), 1e-12);
    assertEquals(0.0524, gap.lower(), 0.00005);
    assertEquals(0.3339, gap.upper(), 0.00005);
  }

  @Test
  void aGapIsComputedOnlyBetweenPublishedShares() {
    CohortEquity equity = CohortEquity.of(newcombe(), Disclosure.of(10), IntervalMethod.NEWCOMBE_HYBRID_SCORE,
        ParentalEducation.UNKNOWN);
    assertTrue(equity.figure(EquityMeasure.BELOW_TEST_ADVICE).orElseThrow().gaps().isEmpty(),
        "the reference group is withheld");
  }

  @Test
  void theAdviceWithinEachBandIsPublishedForPublishedGroupsOnly() {
    List<BandAdvice> bands = CohortEquity.of(newcombe(), Disclosure.of(10)).adviceByTestResult();
    BandAdvice low = bands.stream().filter(b -> b.group().equals("low")).findFirst().orElseThrow();
    assertEquals("537-550", low.testResult());
    assertEquals(Map.of(AdviceLevel.VMBO_GT, 56L, AdviceLevel.HAVO, 14L), low.advice());
    BandAdvice middle = bands.stream().filter(b -> b.group().equals("middle")).findFirst().orElseThrow();
    assertTrue(middle.suppressed());
    assertTrue(middle.advice().isEmpty());
  }

  @Test
  void aTableWithoutRevisionCountsOrLevelsHasOnlyTheOnderadviseringMeasure() {
    List<EquityFigure> figures = CohortEquity.of(newcombe(), Disclosure.of(10)).figures();
    assertEquals(List.of(EquityMeasure.BELOW_TEST_ADVICE), figures.stream().map(EquityFigure::measure).toList());
  }

  /** The adversary: the eligible of a group differ from all its pupils by 3, so publishing both shares' pupils gives away a group of 3. */
  @Test
  void aShareWhosePupilsDifferFromAnotherPublishedShareOfTheGroupByFewerThanTheThresholdIsWithheld() {
    CohortTable table = CohortTable.builder().from(newcombe()).cells(List.of(
        CohortCell.builder().from(cell(ParentalEducation.LOW, AdviceLevel.VMBO_GT, 50)).eligible(47).revised(20).build(),
        CohortCell.builder().from(cell(ParentalEducation.HIGH, AdviceLevel.HAVO, 60)).eligible(30).revised(25).build(),
        CohortCell.builder().from(cell(ParentalEducation.MIDDLE, AdviceLevel.HAVO, 40)).eligible(20).revised(10).build()))
        .build();
    CohortEquity equity = CohortEquity.of(table, Disclosure.of(10));
    EquityFigure revised = equity.figure(EquityMeasure.REVISED_UPWARD).orElseThrow();
    assertEquals(Suppression.NESTED_POPULATION, revised.group("low").suppression());
    assertFalse(equity.figure(EquityMeasure.ELIGIBLE_FOR_REVISION).orElseThrow().group("low").suppressed());
    assertEquals(Optional.of(new Proportion(25, 30)), revised.group("high").proportion());
    dev.kansen.testing.EquityAttacker.assertNoSmallDifferenceBetweenPublishedPopulations(equity, 10, "hand-made");
  }
}
