package dev.kansen.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.analysis.PublishedCell;
import dev.kansen.analysis.Suppression;
import dev.kansen.disclosure.internal.Protection;
import dev.kansen.disclosure.internal.Ranges;
import dev.kansen.model.Breakdown;
import dev.kansen.model.Measure;
import dev.kansen.model.Observation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cases of issue 13, each of which the per-dimension rule let through. */
class IssueCasesTest {
  private final Ranges ranges = new Ranges();
  private final Protection protection = new Protection(10, LinkedDisclosure.DEFAULT_PROTECTION_LEVEL, ranges);

  private static Breakdown cell(String dimension, String category, String value, int pupils) {
    return Breakdown.builder().dimension(dimension).category(category).value(new BigDecimal(value)).pupils(pupils)
        .build();
  }

  private static Suppression of(List<PublishedCell> cells, String category) {
    return cells.stream().filter(c -> c.category().equals(category)).findFirst().orElseThrow().suppression();
  }

  @Test
  void aSchoolWithinItsBoardCannotBeWorkedOutFromTheBoardAndItsOtherSchool() {
    // A 3 of 4, B 6 of 30, C 4 of 20, D 12 of 60; board1 = A + B: 9 of 34.
    Observation figure = Observation.builder().value(new BigDecimal("21.93")).pupils(114)
        .addBreakdowns(cell("school", "A", "75.00", 4), cell("school", "B", "20.00", 30),
            cell("school", "C", "20.00", 20), cell("school", "D", "20.00", 60), cell("board", "board1", "26.47", 34))
        .build();
    List<PublishedCell> cells = protection.protect(figure, Measure.PERCENTAGE, false,
        Map.of("A", "board1", "B", "board1")).cells();
    assertEquals(Suppression.SMALL_CELL, of(cells, "A"));
    assertTrue(of(cells, "B").suppressed() || of(cells, "board1").suppressed(),
        "board1 and B are not both shown: " + cells);
  }

  @Test
  void smallCellsThatAreAllZeroAreNotGivenAwayByTheOthers() {
    Observation figure = Observation.builder().value(new BigDecimal("10")).pupils(100)
        .addBreakdowns(cell("parentalEducation", "low", "0", 4), cell("parentalEducation", "middle", "0", 6),
            cell("parentalEducation", "high", "11.11", 90))
        .build();
    Protection.Outcome outcome = protection.protect(figure, Measure.PERCENTAGE, false, Map.of());
    assertEquals(Suppression.SMALL_CELL, of(outcome.cells(), "low"));
    assertEquals(Suppression.SMALL_CELL, of(outcome.cells(), "middle"));
    assertEquals(Suppression.PROTECTION_LEVEL, of(outcome.cells(), "high"));
    assertTrue(!outcome.published().suppressed(), "the total of 100 pupils stays");
  }

  @Test
  void aTotalWithoutACountWhoseCellsStateTooFewPupilsIsWithheld() {
    Observation figure = Observation.builder().value(new BigDecimal("42.9"))
        .addBreakdowns(cell("parentalEducation", "low", "33.3", 3), cell("parentalEducation", "high", "50.0", 4))
        .build();
    Protection.Outcome outcome = protection.protect(figure, Measure.PERCENTAGE, false, Map.of());
    assertEquals(Suppression.UNKNOWN_PUPILS, outcome.published().suppression());
    outcome.cells().forEach(c -> assertEquals(Suppression.FIGURE_WITHHELD, c.suppression()));
  }

  @Test
  void aTotalWithoutACountIsPublishedWhenItsCellsReachTheThreshold() {
    Observation figure = Observation.builder().value(new BigDecimal("40"))
        .addBreakdowns(cell("parentalEducation", "low", "30", 20), cell("parentalEducation", "high", "50", 20))
        .build();
    Protection.Outcome outcome = protection.protect(figure, Measure.PERCENTAGE, false, Map.of());
    assertEquals(Suppression.NONE, outcome.published().suppression());
    outcome.cells().forEach(c -> assertEquals(Suppression.NONE, c.suppression()));
  }

  @Test
  void aShareWithNoCountAnywhereIsWithheldButATargetIsNot() {
    Observation share = Observation.builder().value(new BigDecimal("40")).build();
    assertEquals(Suppression.UNKNOWN_PUPILS,
        protection.protect(share, Measure.PERCENTAGE, false, Map.of()).published().suppression());
    assertEquals(Suppression.NONE, protection.protect(share, Measure.PERCENTAGE, true, Map.of()).published().suppression());
    assertEquals(Suppression.NONE, protection.protect(share, Measure.UNIT, false, Map.of()).published().suppression());
  }

  @Test
  void theAuditIsBoundedByTheCellsNotByTime() {
    // A realistic figure: 40 schools in 8 boards, three education groups, a few small schools.
    Observation.Builder builder = Observation.builder();
    Map<String, String> partOf = new java.util.HashMap<>();
    int pupils = 0;
    int[] boardPupils = new int[8];
    for (int s = 0; s < 40; s++) {
      int n = s % 7 == 0 ? 3 + s % 5 : 20 + s;
      pupils += n;
      boardPupils[s % 8] += n;
      partOf.put("s" + s, "b" + s % 8);
      builder.addBreakdowns(cell("school", "s" + s, "25.0", n));
    }
    for (int b = 0; b < 8; b++) {
      builder.addBreakdowns(cell("board", "b" + b, "25.0", boardPupils[b]));
    }
    builder.addBreakdowns(cell("education", "low", "25.0", pupils / 3), cell("education", "middle", "25.0", pupils / 3),
        cell("education", "high", "25.0", pupils - 2 * (pupils / 3)));
    Observation figure = builder.value(new BigDecimal("25.0")).pupils(pupils).build();
    Protection.Outcome outcome = protection.protect(figure, Measure.PERCENTAGE, false, partOf);
    int nodes = figure.breakdowns().size() + 1 + 16;
    long small = figure.breakdowns().stream().filter(b -> b.pupils().getAsInt() < 10).count();
    // At most one round per cell; each round audits each small group with at most two ranges of two solves.
    assertTrue(ranges.solves() <= 4L * nodes * (small + 16), "solves " + ranges.solves());
    assertTrue(outcome.cells().stream().filter(c -> !c.suppressed()).count() >= 30, "most schools stay published");
  }
}
