package dev.kansen.analysis;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.Baseline;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measure;
import dev.kansen.model.Observation;
import dev.kansen.model.SchoolYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorProgressTest {
  private static final SchoolYear Y2019 = SchoolYear.of(2019);
  private static final SchoolYear Y2020 = SchoolYear.of(2020);
  private static final SchoolYear Y2021 = SchoolYear.of(2021);

  private static Observation value(String value) {
    return Observation.builder().value(new BigDecimal(value)).pupils(100).build();
  }

  private static IndicatorPeriod period(SchoolYear year, Optional<Observation> target, Optional<Observation> actual) {
    return IndicatorPeriod.builder().schoolYear(year).target(target).actual(actual).build();
  }

  private static IndicatorPeriod period(SchoolYear year, String target, String actual) {
    return period(year, Optional.of(value(target)), Optional.of(value(actual)));
  }

  private static Indicator.Builder indicator(Measure measure, boolean ascending, String baseline) {
    return Indicator.builder().id("advice").title("Pupils with advice above the test").measure(measure)
        .ascending(ascending)
        .baseline(Baseline.builder().schoolYear(SchoolYear.of(2018)).value(new BigDecimal(baseline)).pupils(100).build());
  }

  private static Optional<BigDecimal> fraction(Indicator indicator) {
    return IndicatorProgress.of(indicator).periods().get(0).fraction();
  }

  @Test
  void progressIsTheShareOfTheWayFromBaselineToTarget() {
    Indicator i = indicator(Measure.PERCENTAGE, true, "20").addPeriods(period(Y2019, "30", "25")).build();
    PeriodProgress p = IndicatorProgress.of(i).periods().get(0);
    assertAll(
        () -> assertEquals(Optional.of(new BigDecimal("0.5000")), p.fraction()),
        () -> assertEquals(Optional.of(new BigDecimal("50.00")), p.percent()),
        () -> assertEquals(Optional.of(false), p.targetMet()),
        () -> assertEquals(Y2019, p.schoolYear()));
  }

  @Test
  void progressBeyondTheTargetOrBackwardsIsOutsideZeroToOne() {
    assertAll(
        () -> assertEquals(Optional.of(new BigDecimal("1.5000")),
            fraction(indicator(Measure.UNIT, true, "100").addPeriods(period(Y2019, "120", "130")).build())),
        () -> assertEquals(Optional.of(new BigDecimal("-0.2500")),
            fraction(indicator(Measure.UNIT, true, "100").addPeriods(period(Y2019, "120", "95")).build())));
  }

  @Test
  void aDescendingIndicatorProgressesAsItFalls() {
    Indicator i = indicator(Measure.PERCENTAGE, false, "30").addPeriods(period(Y2019, "20", "25"),
        period(Y2020, "20", "18")).build();
    List<PeriodProgress> periods = IndicatorProgress.of(i).periods();
    assertAll(
        () -> assertEquals(Optional.of(new BigDecimal("0.5000")), periods.get(0).fraction()),
        () -> assertEquals(Optional.of(false), periods.get(0).targetMet()),
        () -> assertEquals(Optional.of(new BigDecimal("1.2000")), periods.get(1).fraction()),
        () -> assertEquals(Optional.of(true), periods.get(1).targetMet()));
  }

  @Test
  void aTargetOnTheWorseSideOfTheBaselineGivesNoProgress() {
    assertAll(
        () -> assertEquals(Optional.empty(),
            fraction(indicator(Measure.PERCENTAGE, true, "30").addPeriods(period(Y2019, "20", "25")).build())),
        () -> assertEquals(Optional.empty(),
            fraction(indicator(Measure.PERCENTAGE, false, "20").addPeriods(period(Y2019, "30", "25")).build())));
  }

  @Test
  void aTargetEqualToTheBaselineGivesNoProgressButCanBeMet() {
    Indicator i = indicator(Measure.PERCENTAGE, true, "20.0").addPeriods(period(Y2019, "20", "21")).build();
    PeriodProgress p = IndicatorProgress.of(i).periods().get(0);
    assertEquals(Optional.empty(), p.fraction());
    assertEquals(Optional.of(true), p.targetMet());
  }

  @Test
  void theFractionIsRoundedHalfEvenToFourDecimals() {
    assertAll(
        () -> assertEquals(Optional.of(new BigDecimal("0.3333")),
            fraction(indicator(Measure.UNIT, true, "0").addPeriods(period(Y2019, "3", "1")).build())),
        () -> assertEquals(Optional.of(new BigDecimal("0.6667")),
            fraction(indicator(Measure.UNIT, true, "0").addPeriods(period(Y2019, "3", "2")).build())),
        () -> assertEquals(Optional.of(new BigDecimal("0.0000")),
            fraction(indicator(Measure.UNIT, true, "0").addPeriods(period(Y2019, "20000", "1")).build())),
        () -> assertEquals(Optional.of(new BigDecimal("0.0002")),
            fraction(indicator(Measure.UNIT, true, "0").addPeriods(period(Y2019, "20000", "3")).build())));
  }

  @Test
  void missingFiguresGiveNoProgress() {
    Indicator noBaseline = Indicator.builder().id("x").title("x").measure(Measure.UNIT)
        .addPeriods(period(Y2019, "30", "25")).build();
    Indicator noActual = indicator(Measure.UNIT, true, "20")
        .addPeriods(period(Y2019, Optional.of(value("30")), Optional.empty())).build();
    Indicator noTarget = indicator(Measure.UNIT, true, "20")
        .addPeriods(period(Y2019, Optional.empty(), Optional.of(value("25")))).build();
    Indicator noValue = indicator(Measure.UNIT, true, "20").addPeriods(period(Y2019,
        Optional.of(value("30")), Optional.of(Observation.builder().comment("not measured").build()))).build();
    assertAll(
        () -> assertEquals(Optional.empty(), fraction(noBaseline)),
        () -> assertEquals(Optional.empty(), IndicatorProgress.of(noBaseline).baseline()),
        () -> assertEquals(Optional.empty(), fraction(noActual)),
        () -> assertEquals(Optional.empty(), IndicatorProgress.of(noActual).periods().get(0).targetMet()),
        () -> assertEquals(Optional.empty(), fraction(noTarget)),
        () -> assertEquals(Optional.empty(), fraction(noValue)));
  }

  @Test
  void qualitativeAndNominalIndicatorsHaveNoProgress() {
    Indicator qualitative = indicator(Measure.QUALITATIVE, true, "20").addPeriods(period(Y2019, "30", "25")).build();
    Indicator nominal = indicator(Measure.NOMINAL, true, "1").addPeriods(period(Y2019, "3", "3")).build();
    assertAll(
        () -> assertEquals(Optional.empty(), fraction(qualitative)),
        () -> assertEquals(Optional.empty(), IndicatorProgress.of(qualitative).periods().get(0).targetMet()),
        () -> assertEquals(Optional.empty(), fraction(nominal)),
        () -> assertEquals(Optional.empty(), IndicatorProgress.of(nominal).periods().get(0).targetMet()));
  }

  @Test
  void anOrdinalIndicatorCanMeetItsTargetWithoutAFraction() {
    Indicator ordinal = indicator(Measure.ORDINAL, true, "2").addPeriods(period(Y2019, "4", "4")).build();
    PeriodProgress p = IndicatorProgress.of(ordinal).periods().get(0);
    assertEquals(Optional.empty(), p.fraction());
    assertEquals(Optional.of(true), p.targetMet());
  }

  @Test
  void aSuppressedFigureGivesNoProgressThatWouldRevealIt() {
    Indicator i = indicator(Measure.PERCENTAGE, true, "20").addPeriods(period(Y2019, Optional.of(value("30")),
        Optional.of(Observation.builder().value(new BigDecimal("25")).pupils(9).build()))).build();
    PeriodProgress p = IndicatorProgress.of(i).periods().get(0);
    assertAll(
        () -> assertEquals(Optional.of(Suppression.SMALL_CELL), p.actual().map(PublishedFigure::suppression)),
        () -> assertEquals(Optional.empty(), p.fraction()),
        () -> assertEquals(Optional.empty(), p.targetMet()),
        () -> assertEquals(Optional.of(new BigDecimal("0.5000")),
            IndicatorProgress.of(i, Disclosure.of(9)).periods().get(0).fraction()));
  }

  @Test
  void periodsAreInSchoolYearOrderAndTheLatestActualMeetsItsOwnTarget() {
    Indicator i = indicator(Measure.UNIT, true, "0").addPeriods(
        period(Y2021, Optional.of(value("100")), Optional.empty()),
        period(Y2019, "40", "20"),
        period(Y2020, "60", "30")).build();
    IndicatorProgress progress = IndicatorProgress.of(i);
    assertAll(
        () -> assertEquals(List.of(Y2019, Y2020, Y2021), progress.periods().stream().map(PeriodProgress::schoolYear).toList()),
        () -> assertEquals(Optional.of(Y2020), progress.latestActual().map(DatedFigure::schoolYear)),
        () -> assertEquals(Optional.of(Y2020), progress.latestTarget().map(DatedFigure::schoolYear)),
        () -> assertEquals(Optional.of(new BigDecimal("0.5000")), progress.latestFraction()),
        () -> assertEquals(Optional.of(new BigDecimal("50.00")), progress.latestPercent()),
        () -> assertEquals(Optional.of(false), progress.latestTargetMet()),
        () -> assertEquals(Optional.of(new DatedFigure(SchoolYear.of(2018), Disclosure.standard().figure(i.baseline().get()))),
            progress.baseline()));
  }

  @Test
  void anActualWithoutATargetOfItsOwnIsMeasuredAgainstTheLastTargetSet() {
    Indicator i = indicator(Measure.UNIT, true, "0").addPeriods(
        period(Y2019, Optional.empty(), Optional.of(value("25"))),
        period(Y2021, Optional.of(value("100")), Optional.empty())).build();
    IndicatorProgress progress = IndicatorProgress.of(i);
    assertAll(
        () -> assertEquals(Optional.of(Y2019), progress.latestActual().map(DatedFigure::schoolYear)),
        () -> assertEquals(Optional.of(Y2021), progress.latestTarget().map(DatedFigure::schoolYear)),
        () -> assertEquals(Optional.of(new BigDecimal("0.2500")), progress.latestFraction()),
        () -> assertEquals(Optional.empty(), progress.periods().get(0).fraction()));
  }

  @Test
  void anIndicatorWithoutPeriodsHasNoLatestFigures() {
    IndicatorProgress progress = IndicatorProgress.of(indicator(Measure.UNIT, true, "0").build());
    assertAll(
        () -> assertEquals(List.of(), progress.periods()),
        () -> assertEquals(Optional.empty(), progress.latestActual()),
        () -> assertEquals(Optional.empty(), progress.latestTarget()),
        () -> assertEquals(Optional.empty(), progress.latestFraction()),
        () -> assertEquals(Optional.empty(), progress.latestTargetMet()));
  }
}
