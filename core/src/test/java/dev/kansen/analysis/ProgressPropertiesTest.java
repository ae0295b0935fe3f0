package dev.kansen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.MethodBreak;
import dev.kansen.model.Programme;
import dev.kansen.model.SchoolYear;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of indicator progress over generated indicators, each also given breaks in method at
 * random school years: nothing is ever computed across a break.
 */
class ProgressPropertiesTest {
  static Stream<Arguments> cases() {
    return Seeds.cases();
  }

  /** The generated programme's indicators, each with up to three breaks in method at random years. */
  private static List<Indicator> indicators(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Programme p = ProgrammeGenerator.programme(random);
    List<Indicator> out = new ArrayList<>();
    for (Indicator indicator : p.indicators()) {
      out.add(indicator);
      List<MethodBreak> breaks = new ArrayList<>();
      for (int n = random.nextInt(1, 4); n > 0; n--) {
        breaks.add(MethodBreak.builder().schoolYear(SchoolYear.of(random.nextInt(2010, 2027))).description("new test").build());
      }
      out.add(Indicator.builder().from(indicator).methodBreaks(breaks).build());
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("cases")
  void progressAndOnTrackCompareOnlyFiguresOfOneMethod(long seed) {
    for (Indicator indicator : indicators(seed)) {
      IndicatorProgress p = IndicatorProgress.of(indicator);
      String where = indicator.id() + " " + indicator.methodBreaks() + ", " + Seeds.describe(seed);
      for (PeriodProgress period : p.periods()) {
        if (period.fraction().isPresent()) {
          assertTrue(p.sameMethod(p.baseline().orElseThrow().schoolYear(), period.schoolYear()), where);
        }
        assertEquals(period.expected().isPresent(), period.onTrack().isPresent(), where);
        if (period.onTrack().isPresent()) {
          assertTrue(p.sameMethod(p.baseline().orElseThrow().schoolYear(), period.schoolYear()), where);
          assertTrue(period.schoolYear().compareTo(p.baseline().get().schoolYear()) > 0, where);
        }
      }
      p.latestFraction().ifPresent(f -> assertTrue(p.sameMethod(p.baseline().orElseThrow().schoolYear(),
          p.latestActual().orElseThrow().schoolYear()) && p.sameMethod(p.baseline().get().schoolYear(),
          p.latestTarget().orElseThrow().schoolYear()), where));
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void inATargetsOwnYearOnTrackIsTargetMetAndTheExpectedValueIsTheTarget(long seed) {
    for (Indicator indicator : indicators(seed)) {
      IndicatorProgress p = IndicatorProgress.of(indicator);
      for (PeriodProgress period : p.periods()) {
        if (period.onTrack().isPresent() && period.target().flatMap(PublishedFigure::value).isPresent()) {
          String where = indicator.id() + " " + period.schoolYear() + ", " + Seeds.describe(seed);
          assertEquals(period.targetMet(), period.onTrack(), where);
          assertEquals(0, period.target().get().value().get().compareTo(period.expected().orElseThrow()), where);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theTrendNeverJoinsActualsAcrossABreak(long seed) {
    for (Indicator indicator : indicators(seed)) {
      IndicatorProgress p = IndicatorProgress.of(indicator);
      Optional<IndicatorTrend> trend = p.trend();
      if (trend.isEmpty()) {
        continue;
      }
      String where = indicator.id() + " " + indicator.methodBreaks() + ", " + Seeds.describe(seed);
      IndicatorTrend t = trend.get();
      assertTrue(p.sameMethod(t.from(), t.to()), where);
      long published = p.periods().stream()
          .filter(x -> x.actual().flatMap(PublishedFigure::value).isPresent() && p.sameMethod(x.schoolYear(), t.to()))
          .count();
      assertEquals(published, t.points(), where);
      // Removing every actual of another method changes nothing: the trend never saw them.
      List<IndicatorPeriod> kept = new ArrayList<>();
      for (IndicatorPeriod period : indicator.periods()) {
        kept.add(p.sameMethod(period.schoolYear(), t.to()) ? period
            : IndicatorPeriod.builder().from(period).actual(Optional.empty()).build());
      }
      assertEquals(trend, IndicatorProgress.of(Indicator.builder().from(indicator).periods(kept).build()).trend(), where);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aBreakAtOrBeforeTheBaselineChangesNoProgress(long seed) {
    for (Indicator indicator : indicators(seed)) {
      if (indicator.baseline().isEmpty() || !indicator.methodBreaks().isEmpty()) {
        continue;
      }
      SchoolYear at = indicator.baseline().get().schoolYear();
      Indicator broken = Indicator.builder().from(indicator)
          .addMethodBreaks(MethodBreak.builder().schoolYear(at).description("new test").build()).build();
      String where = indicator.id() + ", " + Seeds.describe(seed);
      assertEquals(IndicatorProgress.of(indicator).periods(), IndicatorProgress.of(broken).periods(), where);
      assertEquals(IndicatorProgress.of(indicator).latestFraction(), IndicatorProgress.of(broken).latestFraction(), where);
      assertEquals(IndicatorProgress.of(indicator).trend().map(IndicatorTrend::slope),
          IndicatorProgress.of(broken).trend().map(IndicatorTrend::slope), where);
    }
  }
}
