package dev.kansen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.benchmarks.RatioReport.Outcome;
import dev.kansen.benchmarks.RatioReport.Ratio;
import dev.kansen.benchmarks.RatioReport.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatioReportTest {
  private static final Target LINEAR = Target.linear("linear", "A.run", "element", size -> 10L * size, 2.0);
  private static final Target RELATIVE = Target.relative("relative", "B.kansen", "B.jackson", 3.0);

  private static Score score(String benchmark, int size, double score) {
    return new Score(benchmark, size, score, score / 10, "us/op");
  }

  private static Verdict only(RatioReport report) {
    assertEquals(1, report.verdicts().size());
    return report.verdicts().get(0);
  }

  @Test
  void linearTimeGivesARatioOfOneAndMeetsTheTarget() {
    RatioReport report = RatioReport.of(
        List.of(score("A.run", 100, 50), score("A.run", 1000, 500), score("A.run", 10000, 5000)), List.of(LINEAR));

    Verdict verdict = only(report);
    assertEquals(Outcome.MET, verdict.outcome());
    assertEquals(1.0, verdict.lines().get(2).ratio().get().value(), 1e-9);
    assertEquals(10_000L, verdict.lines().get(1).units(), "ten units per size step");
    assertTrue(report.targetsMet());
  }

  @Test
  void quadraticTimeGivesARatioOfTheSizeFactorAndMissesTheTarget() {
    RatioReport report = RatioReport.of(
        List.of(score("A.run", 10000, 5_000_000), score("A.run", 100, 500), score("A.run", 1000, 50_000)),
        List.of(LINEAR));

    Verdict verdict = only(report);
    assertEquals(Outcome.MISSED, verdict.outcome());
    assertEquals(100, verdict.lines().get(0).score().size(), "the smallest size is the baseline");
    assertEquals(100.0, verdict.lines().get(2).ratio().get().value(), 1e-9);
    assertFalse(report.targetsMet());
    assertTrue(report.render().contains("MISSED"), report.render());
  }

  @Test
  void allocationRatiosAreShownBesideTimeRatios() {
    RatioReport report = RatioReport.of(List.of(new Score("B.kansen", 1, 20, 1, "us/op", 5_000),
        new Score("B.jackson", 1, 10, 1, "us/op", 1_000)), List.of(RELATIVE));

    assertEquals(5.0, only(report).lines().get(1).allocationRatio(), 1e-12);
    assertTrue(report.render().contains("5,000 B/op"), report.render());
  }

  @Test
  void aVerdictWarnsWhenTheErrorBarSpansTheLimit() {
    RatioReport clear = RatioReport.of(List.of(score("B.kansen", 1, 20), score("B.jackson", 1, 10)), List.of(RELATIVE));
    RatioReport spanning = RatioReport.of(List.of(new Score("B.kansen", 1, 28, 10, "us/op"),
        new Score("B.jackson", 1, 10, 1, "us/op")), List.of(RELATIVE));

    assertFalse(only(clear).reason().contains("spans the limit"), only(clear).reason());
    assertEquals(Outcome.MET, only(spanning).outcome(), "the verdict is on the ratio itself");
    assertTrue(only(spanning).reason().contains("spans the limit"), only(spanning).reason());
  }

  @Test
  void aLinearTargetIsJudgedAtTheLargestSize() {
    RatioReport report = RatioReport.of(
        List.of(score("A.run", 100, 50), score("A.run", 1000, 5000), score("A.run", 10000, 5000)), List.of(LINEAR));

    assertEquals(Outcome.MET, only(report).outcome(), "a bump at a middle size is shown but not judged");
  }

  @Test
  void relativeTargetComparesEachSizeAndIsJudgedAtTheWorst() {
    RatioReport met = RatioReport.of(List.of(score("B.kansen", 1, 20), score("B.jackson", 1, 10)), List.of(RELATIVE));
    RatioReport missed = RatioReport.of(List.of(score("B.kansen", 1, 20), score("B.jackson", 1, 10),
        score("B.kansen", 2, 80), score("B.jackson", 2, 20)), List.of(RELATIVE));

    assertEquals(Outcome.MET, only(met).outcome());
    assertEquals(2.0, only(met).lines().get(1).ratio().get().value(), 1e-9);
    assertEquals(Outcome.MISSED, only(missed).outcome());
    assertTrue(only(missed).reason().contains("4.00"), only(missed).reason());
  }

  @Test
  void aTargetWhoseBenchmarksDidNotRunIsNotRunAndNotMissed() {
    RatioReport report = RatioReport.of(List.of(score("A.run", 100, 50), score("C.other", 7, 1)),
        List.of(LINEAR, RELATIVE));

    assertEquals(Outcome.NOT_RUN, report.verdicts().get(0).outcome(), "one size is not enough to judge linearity");
    assertEquals(Outcome.NOT_RUN, report.verdicts().get(1).outcome());
    assertTrue(report.targetsMet());
    assertTrue(report.render().contains("C.other"), "scores without a target are still reported");
  }

  @Test
  void theErrorOfARatioCombinesTheRelativeErrorsOfBothScores() {
    Ratio ratio = Ratio.of(30, 3, 10, 0.4);

    assertEquals(3.0, ratio.value(), 1e-12);
    assertEquals(3.0 * Math.hypot(0.1, 0.04), ratio.error(), 1e-12);
    assertTrue(Double.isNaN(Ratio.of(30, Double.NaN, 10, 1).error()), "an unknown error stays unknown");
  }

  @Test
  void anInputWithoutUnitsIsRefusedWithTheSize() {
    Target empty = Target.linear("empty", "A.run", "element", size -> size == 0 ? 0 : size, 2.0);
    List<Score> scores = List.of(score("A.run", 0, 1), score("A.run", 10, 1));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RatioReport.of(scores, List.of(empty)));
    assertTrue(e.getMessage().contains("size 0"), e.getMessage());
  }
}
