package dev.kansen.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The funnel plot's pooled rate and control limits, computed by hand. */
class FunnelTest {
  private static EquityFigure figure(String table, long x, long n) {
    GroupShare low = n >= 10 ? new GroupShare("low", Optional.of(new Proportion(x, n)), Suppression.NONE)
        : new GroupShare("low", Optional.empty(), Suppression.SMALL_CELL);
    return new EquityFigure(table, EquityMeasure.BELOW_TEST_ADVICE,
        new GroupShare(GroupShare.ALL, Optional.empty(), Suppression.SMALL_CELL), List.of(low), List.of());
  }

  private static Funnel funnel() {
    return Funnel.of(EquityMeasure.BELOW_TEST_ADVICE, "low", "2023-2024", List.of(
        new Funnel.Area("GM0001", "A", Optional.of(figure("a", 20, 100))),
        new Funnel.Area("GM0002", "B", Optional.of(figure("b", 60, 300))),
        new Funnel.Area("GM0003", "C", Optional.of(figure("c", 4, 6))),
        new Funnel.Area("GM0004", "D", Optional.empty())));
  }

  @Test
  void thePooledRateCountsThePublishedMunicipalitiesOnly() {
    Funnel funnel = funnel();
    assertEquals(new Proportion(80, 400), funnel.pooled(), "C's 4 of 6 would follow from a pooled 84 of 406");
    assertTrue(funnel.points().get(2).suppressed());
    assertEquals(Suppression.SMALL_CELL, funnel.points().get(2).suppression());
    assertEquals(Suppression.UNKNOWN_PUPILS, funnel.points().get(3).suppression());
  }

  @Test
  void theLimitsAreTheNormalApproximationAroundThePooledRate() {
    // p = 0.2; at n = 100: 0.2 ± 1.959964 * 0.04 and 0.2 ± 3.090232 * 0.04
    assertArrayEquals(new double[] {0.1216014, 0.2783986}, funnel().limits(100, Funnel.Z_95), 1e-7);
    assertArrayEquals(new double[] {0.0763907, 0.3236093}, funnel().limits(100, Funnel.Z_998), 1e-7);
    assertArrayEquals(new double[] {0.0, 1.0}, funnel().limits(1, Funnel.Z_998), 1e-12, "clipped to 0..1");
  }

  @Test
  void aMunicipalityIsOutsideOnlyBeyondTheLimitsAtItsOwnSize() {
    Funnel funnel = Funnel.of(EquityMeasure.BELOW_TEST_ADVICE, "low", "2023-2024", List.of(
        new Funnel.Area("GM0001", "small", Optional.of(figure("a", 4, 10))),
        new Funnel.Area("GM0002", "large", Optional.of(figure("b", 200, 1000))),
        new Funnel.Area("GM0003", "high", Optional.of(figure("c", 90, 300)))));
    // pooled 294 / 1310 = 0.2244; small: 0.4 within 0.2244 ± 1.96 * 0.1319; high: 0.3 beyond 0.2244 + 1.96 * 0.0241
    assertFalse(funnel.outside(funnel.points().get(0), Funnel.Z_95));
    assertTrue(funnel.outside(funnel.points().get(2), Funnel.Z_95));
  }
}
