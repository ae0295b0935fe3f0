package dev.kansen.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.analysis.PublishedCell;
import dev.kansen.analysis.PublishedFigure;
import dev.kansen.analysis.Suppression;
import dev.kansen.disclosure.internal.Protection;
import dev.kansen.disclosure.internal.Ranges;
import dev.kansen.model.Breakdown;
import dev.kansen.model.Measure;
import dev.kansen.model.Observation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The attacker of {@code docs/privacy.md} knows which school belongs to which board and which board to
 * which umbrella or area ({@code Partner.partOf}), however many levels there are. It reads the cells
 * the control publishes and solves its own integer program ({@link CountInterval}) for a withheld
 * school's count.
 */
class HierarchyAttackTest {
  private static final int THRESHOLD = 10;
  private static final String SCHOOL = "school";
  private static final String UMBRELLA = "umbrella";

  /**
   * Schools A (3 of 4), B (6 of 30) of board1 and C (4 of 20), D (12 of 60) of board2; board1 is part
   * of umbrella U, board2 of V. The figure is broken down by school and by umbrella, not by board: U is
   * A + B although no school names U as its own parent. Withholding A and C (the cheapest) leaves
   * U − B = A: 3 of 4.
   */
  @Test
  void aSchoolIsWithinTheAreaOfItsBoardAsWithinItsBoard() {
    Observation figure = Observation.builder().value(new BigDecimal("21.93")).pupils(114)
        .addBreakdowns(cell(SCHOOL, "A", "75.00", 4), cell(SCHOOL, "B", "20.00", 30), cell(SCHOOL, "C", "20.00", 20),
            cell(SCHOOL, "D", "20.00", 60), cell(UMBRELLA, "U", "26.47", 34), cell(UMBRELLA, "V", "20.00", 80))
        .build();
    Map<String, String> partOf = Map.of("A", "board1", "B", "board1", "C", "board2", "D", "board2",
        "board1", "U", "board2", "V");
    Protection.Outcome outcome = new Protection(THRESHOLD, LinkedDisclosure.DEFAULT_PROTECTION_LEVEL, new Ranges())
        .protect(figure, Measure.PERCENTAGE, false, partOf);
    assertEquals(Suppression.SMALL_CELL, of(outcome.cells(), "A"));

    CountInterval program = new CountInterval().group("A", 4).group("B", 30).group("C", 20).group("D", 60);
    published(program, outcome.published(), List.of("A", "B", "C", "D"));
    published(program, outcome.cells(), SCHOOL, Map.of());
    published(program, outcome.cells(), UMBRELLA, Map.of("U", List.of("A", "B"), "V", List.of("C", "D")));
    long[] range = program.interval("A");
    assertNotNull(range);
    long required = Math.max(1, (long) Math.ceil(LinkedDisclosure.DEFAULT_PROTECTION_LEVEL * 4));
    assertTrue(range[1] - range[0] >= required, "the attacker narrows A (4 pupils) to " + range[0] + ".." + range[1]
        + " from " + outcome.cells());
  }

  /** The attacker can fail: with every cell but A published it pins A to 3 of 4. */
  @Test
  void theAttackerPinsTheSchoolWhenItsUmbrellaAndItsSisterAreShown() {
    CountInterval program = new CountInterval().group("A", 4).group("B", 30);
    program.sum(List.of("A", "B"), 9);
    program.sum(List.of("B"), 6);
    long[] range = program.interval("A");
    assertEquals(3, range[0]);
    assertEquals(3, range[1]);
  }

  private static void published(CountInterval program, PublishedFigure total, List<String> all) {
    if (!total.suppressed()) {
      long[] bounds = bounds(total.pupils().getAsInt(), total.value().orElseThrow());
      program.sum(all, bounds[0], bounds[1]);
    }
  }

  private static void published(CountInterval program, List<PublishedCell> cells, String dimension,
      Map<String, List<String>> members) {
    for (PublishedCell c : cells) {
      if (c.dimension().equals(dimension) && !c.suppressed()) {
        long[] bounds = bounds(c.pupils().getAsInt(), c.value().orElseThrow());
        program.sum(members.getOrDefault(c.category(), List.of(c.category())), bounds[0], bounds[1]);
      }
    }
  }

  /** The counts a share of some pupils, rounded to its stated decimals, can stand for. */
  private static long[] bounds(long pupils, BigDecimal percent) {
    BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-percent.scale()).divide(BigDecimal.valueOf(2));
    BigDecimal n = BigDecimal.valueOf(pupils);
    long low = n.multiply(percent.subtract(half)).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValue();
    long high = n.multiply(percent.add(half)).divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).longValue();
    return new long[] {Math.max(0, low), Math.min(pupils, high)};
  }

  private static Breakdown cell(String dimension, String category, String value, int pupils) {
    return Breakdown.builder().dimension(dimension).category(category).value(new BigDecimal(value)).pupils(pupils)
        .build();
  }

  private static Suppression of(List<PublishedCell> cells, String category) {
    return cells.stream().filter(c -> c.category().equals(category)).findFirst().orElseThrow().suppression();
  }
}
