package dev.kansen.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The intervals against the worked examples of Newcombe (1998), "Interval estimation for the
 * difference between independent proportions: comparison of eleven methods", Statistics in Medicine
 * 17: 873–890, Table II, to four decimals.
 */
class IntervalMethodTest {
  private static void assertInterval(IntervalMethod method, int x1, int n1, int x2, int n2, double lower, double upper) {
    double[] limits = method.interval(x1, n1, x2, n2, IntervalMethod.Z_95);
    assertArrayEquals(new double[] {lower, upper}, limits, 0.00005,
        () -> method + " " + x1 + "/" + n1 + " - " + x2 + "/" + n2 + ": " + limits[0] + " to " + limits[1]);
  }

  @ParameterizedTest(name = "{0}/{1} - {2}/{3}: {4} to {5}")
  @CsvSource({
      "56, 70, 48, 80, 0.0524, 0.3339",
      "9, 10, 3, 10, 0.1705, 0.8090",
      "6, 7, 2, 7, 0.0582, 0.8062",
      "5, 56, 0, 29, -0.0381, 0.1926",
      "0, 10, 0, 20, -0.1611, 0.2775",
      "0, 10, 0, 10, -0.2775, 0.2775",
      "10, 10, 0, 20, 0.6791, 1.0000",
      "10, 10, 0, 10, 0.6075, 1.0000"})
  void newcombesHybridScoreIntervalMatchesHisTable(int x1, int n1, int x2, int n2, double lower, double upper) {
    assertInterval(IntervalMethod.NEWCOMBE_HYBRID_SCORE, x1, n1, x2, n2, lower, upper);
  }

  @ParameterizedTest(name = "{0}/{1} - {2}/{3}: {4} to {5}")
  @CsvSource({
      "56, 70, 48, 80, 0.0575, 0.3425",
      "9, 10, 3, 10, 0.2605, 0.9395",
      "0, 10, 0, 10, 0.0, 0.0"})
  void waldIntervalMatchesNewcombesMethodOne(int x1, int n1, int x2, int n2, double lower, double upper) {
    assertInterval(IntervalMethod.WALD, x1, n1, x2, n2, lower, upper);
  }

  @ParameterizedTest(name = "{0}/{1} - {2}/{3}: {4} to {5}")
  @CsvSource({
      // hand-computed: (57/72 - 49/82) ± 1.96 * sqrt(a1(1-a1)/72 + a2(1-a2)/82)
      "56, 70, 48, 80, 0.0525, 0.3358",
      "0, 10, 0, 10, -0.2212, 0.2212"})
  void agrestiCaffoAddsOnePupilWithAndOneWithoutToEachGroup(int x1, int n1, int x2, int n2, double lower,
      double upper) {
    assertInterval(IntervalMethod.AGRESTI_CAFFO, x1, n1, x2, n2, lower, upper);
  }

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({"-1, 10", "11, 10", "0, 0"})
  void anImpossibleProportionIsRefused(int x, int n) {
    assertThrows(IllegalArgumentException.class, () -> IntervalMethod.NEWCOMBE_HYBRID_SCORE.interval(x, n, 1, 2, 1.96));
  }
}
