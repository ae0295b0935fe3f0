package dev.kansen.analysis;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Baseline;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measure;
import dev.kansen.model.MethodBreak;
import dev.kansen.model.Observation;
import dev.kansen.model.SchoolYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** On track, trends and breaks in method, against expectations computed by hand. */
class IndicatorProgressTimeTest {
  private static Observation value(String value) {
    return Observation.builder().value(new BigDecimal(value)).pupils(100).build();
  }

  private static IndicatorPeriod target(int year, String value) {
    return IndicatorPeriod.builder().schoolYear(SchoolYear.of(year)).target(value(value)).build();
  }

  private static IndicatorPeriod actual(int year, String value) {
    return IndicatorPeriod.builder().schoolYear(SchoolYear.of(year)).actual(value(value)).build();
  }

  private static Indicator.Builder indicator(boolean ascending, int baselineYear, String baseline) {
    return Indicator.builder().id("advice").title("Pupils advised below their test").measure(Measure.PERCENTAGE)
        .ascending(ascending)
        .baseline(Baseline.builder().schoolYear(SchoolYear.of(baselineYear)).value(new BigDecimal(baseline)).pupils(100).build());
  }

  private static MethodBreak doorstroomtoets(int year) {
    return MethodBreak.builder().schoolYear(SchoolYear.of(year)).description("De doorstroomtoets verving de eindtoets").build();
  }

  private static Indicator withBreak(Indicator indicator, int year) {
    return Indicator.builder().from(indicator).methodBreaks(List.of(doorstroomtoets(year))).build();
  }

  private static PeriodProgress year(IndicatorProgress progress, int year) {
    return progress.periods().stream().filter(p -> p.schoolYear().equals(SchoolYear.of(year))).findFirst().orElseThrow();
  }

  @Test
  void aDescendingIndicatorIsOnTrackAtOrBelowTheStraightLineToItsTarget() {
    // Baseline 30 in 2018-2019, target 21 in 2021-2022: the path falls 3 a year, so 27 in 2019-2020 and 24 in 2020-2021.
    IndicatorProgress p = IndicatorProgress.of(indicator(false, 2018, "30")
        .addPeriods(actual(2019, "27"), actual(2020, "25"), target(2021, "21")).build());
    assertAll(
        () -> assertEquals(Optional.of(new BigDecimal("27.0000")), year(p, 2019).expected()),
        () -> assertEquals(Optional.of(true), year(p, 2019).onTrack()),
        () -> assertEquals(Optional.of(new BigDecimal("24.0000")), year(p, 2020).expected()),
        () -> assertEquals(Optional.of(false), year(p, 2020).onTrack()),
        () -> assertEquals(Optional.of(false), p.latestOnTrack()),
        () -> assertEquals(Optional.empty(), year(p, 2021).onTrack()));
  }

  @Test
  void anAscendingIndicatorIsOnTrackAtOrAboveTheLineAndThePathRoundsOnlyForShow() {
    // Baseline 20 in 2018, target 30 in 2021: 23.3333… in 2019 and 26.6666… in 2020.
    IndicatorProgress p = IndicatorProgress.of(indicator(true, 2018, "20")
        .addPeriods(actual(2019, "23.3333"), actual(2020, "26.6667"), target(2021, "30")).build());
    assertAll(
        () -> assertEquals(Optional.of(new BigDecimal("23.3333")), year(p, 2019).expected()),
        () -> assertEquals(Optional.of(false), year(p, 2019).onTrack(), "23.3333 is below 23.3333…"),
        () -> assertEquals(Optional.of(new BigDecimal("26.6667")), year(p, 2020).expected()),
        () -> assertEquals(Optional.of(true), year(p, 2020).onTrack(), "26.6667 is above 26.6666…"),
        () -> assertEquals(Optional.of(new BigDecimal("0.6667")), p.latestFraction(), "6.6667 of the 10 to go"));
  }

  @Test
  void thePathLeadsToTheNextTargetAndStaysAtTheLastOne() {
    // Baseline 10 (2018); targets 20 (2020) and 40 (2022). 2019 is judged toward 2020's 20 (expected 15);
    // 2021 toward 2022's 40 (expected 10 + 30 * 3/4 = 32.5); 2023, after the last target, by 40.
    IndicatorProgress p = IndicatorProgress.of(indicator(true, 2018, "10")
        .addPeriods(actual(2019, "15"), target(2020, "20"), actual(2021, "32"), target(2022, "40"), actual(2023, "41"))
        .build());
    assertAll(
        () -> assertEquals(Optional.of(new BigDecimal("15.0000")), year(p, 2019).expected()),
        () -> assertEquals(Optional.of(true), year(p, 2019).onTrack()),
        () -> assertEquals(Optional.of(new BigDecimal("32.5000")), year(p, 2021).expected()),
        () -> assertEquals(Optional.of(false), year(p, 2021).onTrack()),
        () -> assertEquals(Optional.of(new BigDecimal("40.0000")), year(p, 2023).expected()),
        () -> assertEquals(Optional.of(true), year(p, 2023).onTrack()));
  }

  @Test
  void inItsTargetsYearOnTrackIsTargetMet() {
    IndicatorProgress p = IndicatorProgress.of(indicator(true, 2018, "10").addPeriods(
        IndicatorPeriod.builder().schoolYear(SchoolYear.of(2020)).target(value("20")).actual(value("19.9")).build()).build());
    assertAll(
        () -> assertEquals(Optional.of(new BigDecimal("20.0000")), year(p, 2020).expected()),
        () -> assertEquals(Optional.of(false), year(p, 2020).onTrack()),
        () -> assertEquals(Optional.of(false), year(p, 2020).targetMet()));
  }

  @Test
  void noProgressNorOnTrackIsComputedAcrossABreakInMethod() {
    // Eindtoets baseline 2021-2022, doorstroomtoets from 2023-2024: the 2023 target and actual are another method.
    Indicator i = indicator(true, 2021, "50").addPeriods(
            IndicatorPeriod.builder().schoolYear(SchoolYear.of(2022)).target(value("55")).actual(value("53")).build(),
            IndicatorPeriod.builder().schoolYear(SchoolYear.of(2023)).target(value("60")).actual(value("40")).build())
        .addMethodBreaks(doorstroomtoets(2023)).build();
    IndicatorProgress p = IndicatorProgress.of(i);
    assertAll(
        () -> assertEquals(Optional.of(new BigDecimal("0.6000")), year(p, 2022).fraction()),
        () -> assertEquals(Optional.of(false), year(p, 2022).onTrack()),
        () -> assertEquals(Optional.empty(), year(p, 2023).fraction()),
        () -> assertEquals(Optional.empty(), year(p, 2023).expected()),
        () -> assertEquals(Optional.empty(), year(p, 2023).onTrack()),
        () -> assertEquals(Optional.of(false), year(p, 2023).targetMet(), "a target of the new method can still be met or not"),
        () -> assertEquals(Optional.empty(), p.latestFraction()),
        () -> assertEquals(Optional.empty(), p.latestOnTrack()),
        () -> assertFalse(p.sameMethod(SchoolYear.of(2022), SchoolYear.of(2023))),
        () -> assertTrue(p.sameMethod(SchoolYear.of(2023), SchoolYear.of(2025))),
        () -> assertTrue(p.sameMethod(SchoolYear.of(2020), SchoolYear.of(2022))),
        () -> assertEquals(List.of(SchoolYear.of(2023)), p.methodBreaks()));
  }

  @Test
  void theTrendIsTheLeastSquaresSlopePerSchoolYear() {
    // x' = -1, 0, 1; y = 10, 12, 15: slope = (−10 + 15) / 2 = 2.5.
    IndicatorProgress p = IndicatorProgress.of(indicator(true, 2018, "9")
        .addPeriods(actual(2019, "10"), actual(2020, "12"), actual(2021, "15")).build());
    IndicatorTrend trend = p.trend().orElseThrow();
    assertAll(
        () -> assertEquals(new BigDecimal("2.5000"), trend.slope()),
        () -> assertEquals(3, trend.points()),
        () -> assertEquals(SchoolYear.of(2019), trend.from()),
        () -> assertEquals(SchoolYear.of(2021), trend.to()),
        () -> assertEquals(TrendDirection.IMPROVING, trend.direction()),
        () -> assertEquals(Optional.empty(), trend.since()));
  }

  @Test
  void theTrendRunsOnlyThroughActualsSinceTheLatestBreak() {
    // Without the break: x' = -2..2, y = 10, 12, 14, 50, 48: slope 114 / 10 = 11.4, joined across the break.
    Indicator.Builder b = indicator(true, 2018, "9")
        .addPeriods(actual(2019, "10"), actual(2020, "12"), actual(2021, "14"), actual(2022, "50"), actual(2023, "48"));
    assertEquals(new BigDecimal("11.4000"), IndicatorProgress.of(b.build()).trend().orElseThrow().slope());
    IndicatorTrend trend = IndicatorProgress.of(b.addMethodBreaks(doorstroomtoets(2022)).build()).trend().orElseThrow();
    assertAll(
        () -> assertEquals(new BigDecimal("-2.0000"), trend.slope()),
        () -> assertEquals(2, trend.points()),
        () -> assertEquals(SchoolYear.of(2022), trend.from()),
        () -> assertEquals(TrendDirection.WORSENING, trend.direction()),
        () -> assertEquals(Optional.of(SchoolYear.of(2022)), trend.since()));
  }

  @Test
  void oneActualSinceTheBreakGivesNoTrendAndABreakAfterTheLastActualCutsNothing() {
    Indicator.Builder b = indicator(false, 2018, "30")
        .addPeriods(actual(2019, "28"), actual(2020, "26"), actual(2021, "20"));
    assertEquals(Optional.empty(), IndicatorProgress.of(withBreak(b.build(), 2021)).trend());
    IndicatorTrend later = IndicatorProgress.of(withBreak(b.build(), 2023)).trend().orElseThrow();
    assertAll(
        () -> assertEquals(new BigDecimal("-4.0000"), later.slope()),
        () -> assertEquals(TrendDirection.IMPROVING, later.direction(), "falling is better for a descending indicator"),
        () -> assertEquals(Optional.empty(), later.since()));
  }

  @Test
  void aWithheldActualIsLeftOutOfTheTrend() {
    Indicator i = indicator(true, 2018, "9").addPeriods(actual(2019, "10"),
        IndicatorPeriod.builder().schoolYear(SchoolYear.of(2020)).actual(Observation.builder().value(new BigDecimal("99"))
            .pupils(3).build()).build(),
        actual(2021, "14")).build();
    IndicatorTrend trend = IndicatorProgress.of(i).trend().orElseThrow();
    assertAll(
        () -> assertEquals(2, trend.points()),
        () -> assertEquals(new BigDecimal("2.0000"), trend.slope()));
  }

  @Test
  void qualitativeAndOrdinalIndicatorsHaveNoTrend() {
    for (Measure measure : List.of(Measure.ORDINAL, Measure.NOMINAL)) {
      Indicator i = indicator(true, 2018, "1").measure(measure).addPeriods(actual(2019, "2"), actual(2020, "3")).build();
      assertEquals(Optional.empty(), IndicatorProgress.of(i).trend(), measure.name());
    }
  }
}
