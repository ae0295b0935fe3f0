package dev.kansen.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.analysis.BandAdvice;
import dev.kansen.analysis.CohortEquity;
import dev.kansen.analysis.EquityFigure;
import dev.kansen.analysis.GroupShare;
import dev.kansen.analysis.Proportion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks written apart from {@link CohortEquity}, over what it publishes only: the attacker's view.
 */
public final class EquityAttacker {
  private EquityAttacker() {}

  /**
   * No published share rests on fewer pupils than the threshold, the pupils of two published shares
   * of one group never differ by more than none and fewer than the threshold, and where a figure's
   * total is published the withheld groups together hold none or at least the threshold pupils.
   *
   * @param equity what was published
   * @param threshold the threshold
   * @param where the case, for the failure message
   */
  public static void assertNoSmallDifferenceBetweenPublishedPopulations(CohortEquity equity, int threshold, String where) {
    Map<String, List<Long>> byGroup = new HashMap<>();
    for (EquityFigure figure : equity.figures()) {
      long withheld = figure.total().proportion().map(Proportion::pupils).orElse(0L);
      for (GroupShare share : figure.groups()) {
        if (share.proportion().isPresent()) {
          long pupils = share.proportion().get().pupils();
          assertTrue(pupils >= threshold, where + ": " + figure.measure() + " " + share.group() + " rests on " + pupils);
          byGroup.computeIfAbsent(share.group(), g -> new ArrayList<>()).add(pupils);
          withheld -= pupils;
        }
      }
      if (figure.total().proportion().isPresent()) {
        assertTrue(figure.total().proportion().get().pupils() >= threshold, where + ": total of " + figure.measure());
        byGroup.computeIfAbsent(GroupShare.ALL, g -> new ArrayList<>()).add(figure.total().proportion().get().pupils());
        assertTrue(withheld == 0 || withheld >= threshold,
            where + ": the withheld groups of " + figure.measure() + " can be worked out: " + withheld + " pupils");
      }
    }
    byGroup.forEach((group, sizes) -> {
      for (long a : sizes) {
        for (long b : sizes) {
          assertTrue(a == b || Math.abs(a - b) >= threshold,
              where + ": two published shares of " + group + " rest on " + a + " and " + b + " pupils");
        }
      }
    });
    for (BandAdvice band : equity.adviceByTestResult()) {
      assertTrue(band.suppressed() || band.pupils() >= threshold, where + ": " + band);
    }
  }
}
