package dev.kansen.analysis;

import static dev.kansen.analysis.DisclosureTest.cell;
import static dev.kansen.analysis.DisclosureTest.education;
import static dev.kansen.analysis.DisclosureTest.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Observation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gaps with intervals between the published cells of a percentage figure. */
class BreakdownGapsTest {
  private static final Disclosure TEN = Disclosure.of(10);
  private static final String EDUCATION = Breakdown.PARENTAL_EDUCATION;
  private static final IntervalMethod NEWCOMBE = IntervalMethod.NEWCOMBE_HYBRID_SCORE;

  @Test
  void theGapOfEachGroupAgainstTheReferenceHasNewcombesInterval() {
    // 80% of 70 is 56, 60% of 80 is 48: Newcombe's example (a)
    Observation o = figure("68.7", 150, education("low", "80.0", 70), education("high", "60.0", 80));
    List<ProportionGap> gaps = BreakdownGaps.of(o, EDUCATION, "high", TEN, NEWCOMBE);
    assertEquals(1, gaps.size());
    assertEquals(new Proportion(56, 70), gaps.get(0).share());
    assertEquals(new Proportion(48, 80), gaps.get(0).referenceShare());
    assertEquals(0.0524, gaps.get(0).lower(), 0.00005);
    assertEquals(0.3339, gaps.get(0).upper(), 0.00005);
  }

  @Test
  void aGapInvolvingASmallOrComplementaryCellIsNotComputed() {
    Observation o = figure("20", 89, education("low", "30", 4), education("middle", "20", 50), education("high", "10", 35));
    assertEquals(List.of(), BreakdownGaps.of(o, EDUCATION, "high", TEN, NEWCOMBE), "high is complementary");
    assertEquals(List.of("middle"), BreakdownGaps.of(o, EDUCATION, "high", Disclosure.of(4), NEWCOMBE).stream()
        .filter(g -> !g.group().equals("low")).map(ProportionGap::group).toList());
  }

  @Test
  void aMissingDuplicatedOrValuelessReferenceGivesNoGaps() {
    Observation o = figure("20", 120, education("low", "30", 30), education("middle", "10", 30),
        cell("gender", "girls", "25", 30), cell("gender", "girls", "15", 30),
        Breakdown.builder().dimension("region").category("north").pupils(60).build(),
        cell("region", "south", "12", 60));
    assertEquals(List.of(), BreakdownGaps.of(o, EDUCATION, "high", TEN, NEWCOMBE));
    assertEquals(List.of(), BreakdownGaps.of(o, "gender", "girls", TEN, NEWCOMBE));
    assertEquals(List.of(), BreakdownGaps.of(o, "region", "north", TEN, NEWCOMBE));
  }
}
