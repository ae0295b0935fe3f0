package dev.kansen.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The attacker against a mean ({@code UNIT}: "a count or amount of units", such as days absent or
 * hours of early-childhood education) knows what every reader knows: such an amount is never below
 * zero. The secret is a small group's sum. Published sums leave the withheld groups together a sum
 * from {@code published total − published parts} (with roundings); none of them can be below zero,
 * so when that rest is (about) zero every withheld group is pinned to zero: "none of its pupils" —
 * unless the total itself is zero.
 */
class MeanAttackTest {
  private static final int THRESHOLD = 10;

  /**
   * Days absent: 2.000 a pupil over 100 pupils, high 2.2222 over 90. Low (4 pupils) and middle (6)
   * are withheld, together 10: a linear program over free sums calls each unbounded, but the rest is
   * 200.05 − 199.9935 at most: low's 4 pupils had together at most 0.06 days, that is none.
   */
  @Test
  void aSmallGroupsMeanIsNotPinnedToZeroByAmountsThatCannotBeNegative() {
    Observation figure = Observation.builder().value(new BigDecimal("2.000")).pupils(100)
        .addBreakdowns(cell("low", "0.00", 4), cell("middle", "0.00", 6), cell("high", "2.2222", 90))
        .build();
    Protection.Outcome outcome = new Protection(THRESHOLD, LinkedDisclosure.DEFAULT_PROTECTION_LEVEL, new Ranges())
        .protect(figure, Measure.UNIT, false, Map.of());
    assertEquals(Suppression.SMALL_CELL, of(outcome.cells(), "low"));
    double[] low = lowSum(outcome.published(), outcome.cells());
    double required = LinkedDisclosure.DEFAULT_PROTECTION_LEVEL * 4 * 2.0;
    assertTrue(low[1] - low[0] >= required, "the attacker narrows the 4 low pupils' days to " + low[0] + ".."
        + low[1] + " from " + outcome.cells());
  }

  /** A total of zero says it of every group (no protection can hide it): high stays published. */
  @Test
  void aTotalOfZeroSaysItOfEveryGroupAndIsNoLeak() {
    Observation figure = Observation.builder().value(new BigDecimal("0.000")).pupils(100)
        .addBreakdowns(cell("low", "0.00", 4), cell("middle", "0.00", 6), cell("high", "0.0000", 90))
        .build();
    Protection.Outcome outcome = new Protection(THRESHOLD, LinkedDisclosure.DEFAULT_PROTECTION_LEVEL, new Ranges())
        .protect(figure, Measure.UNIT, false, Map.of());
    assertEquals(Suppression.NONE, of(outcome.cells(), "high"), outcome.cells().toString());
  }

  /** The attacker's bounds on low's sum (high's and the total's roundings, nothing below zero). */
  private static double[] lowSum(PublishedFigure total, List<PublishedCell> cells) {
    double totalHigh = bound(total.value().orElseThrow(), total.pupils().getAsInt(), true);
    PublishedCell high = cells.stream().filter(c -> c.category().equals("high")).findFirst().orElseThrow();
    if (high.suppressed()) {
      return new double[] {0, totalHigh};
    }
    double rest = totalHigh - bound(high.value().orElseThrow(), high.pupils().getAsInt(), false);
    return new double[] {0, Math.max(0, rest)};
  }

  private static double bound(BigDecimal mean, long pupils, boolean upper) {
    BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-mean.scale()).divide(BigDecimal.valueOf(2));
    return (upper ? mean.add(half) : mean.subtract(half)).doubleValue() * pupils;
  }

  private static Breakdown cell(String category, String value, int pupils) {
    return Breakdown.builder().dimension(Breakdown.PARENTAL_EDUCATION).category(category).value(new BigDecimal(value))
        .pupils(pupils).build();
  }

  private static Suppression of(List<PublishedCell> cells, String category) {
    return cells.stream().filter(c -> c.category().equals(category)).findFirst().orElseThrow().suppression();
  }
}
