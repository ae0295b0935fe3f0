package dev.kansen.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.analysis.Disclosure;
import dev.kansen.model.Baseline;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measure;
import dev.kansen.model.Observation;
import dev.kansen.model.SchoolYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The indicator chart's school-year axis stays readable however many years it spans. */
class IndicatorChartTest {
  private static final Pattern X_TICK = Pattern.compile("<text class=\"tick\" x=\"([0-9.]+)\"[^>]*text-anchor=\"middle\">");
  private static final Pattern TICK = Pattern.compile("<text class=\"tick\"[^>]*text-anchor=\"middle\">([^<]*)</text>");

  @Test
  void aFewSchoolYearsAreLabelledInFull() {
    assertEquals(List.of("2018-2019", "2019-2020", "2020-2021", "2021-2022"), axisLabels(indicator(2018, 3)));
  }

  @Test
  void sevenSchoolYearsAreLabelledShortSoTheLabelsDoNotOverlap() {
    assertEquals(List.of("2018-19", "2019-20", "2020-21", "2021-22", "2022-23", "2023-24", "2024-25"),
        axisLabels(indicator(2018, 6)));
  }

  @Test
  void manySchoolYearsLabelEveryFewYearsFromTheFirstWithRoomBetweenLabels() {
    String svg = svg(indicator(1998, 19));
    List<String> labels = TICK.matcher(svg).results().map(r -> r.group(1)).toList();
    assertEquals(List.of("1998-99", "2001-02", "2004-05", "2007-08", "2010-11", "2013-14", "2016-17"), labels);
    List<Double> xs = X_TICK.matcher(svg).results().map(r -> Double.parseDouble(r.group(1))).toList();
    for (int i = 1; i < xs.size(); i++) {
      assertTrue(xs.get(i) - xs.get(i - 1) >= 48, "labels " + (i - 1) + " and " + i + " at " + xs);
    }
  }

  @Test
  void theShortLabelOfTheTurnOfTheCenturyKeepsTwoDigits() {
    assertEquals("1999-00", IndicatorChart.shortLabel(SchoolYear.of(1999)));
    assertEquals("2009-10", IndicatorChart.shortLabel(SchoolYear.of(2009)));
  }

  @Test
  void everyYearStaysInTheTextAlternative() {
    String svg = svg(indicator(2018, 6));
    IntStream.rangeClosed(2019, 2024).forEach(y -> assertTrue(svg.contains(SchoolYear.of(y) + " "), "year " + y));
    assertFalse(svg.contains("NaN"));
  }

  @Test
  void tickLabelsStayShortForAnyFigure() {
    assertEquals("12.5", IndicatorChart.tick(new BigDecimal("12.5")));
    assertEquals("250", IndicatorChart.tick(new BigDecimal("250.00")));
    assertEquals("40k", IndicatorChart.tick(new BigDecimal("40000")));
    assertEquals("2.5M", IndicatorChart.tick(new BigDecimal("2500000")));
    assertEquals("-7.5M", IndicatorChart.tick(new BigDecimal("-7500000")));
    assertEquals("2.5E+20", IndicatorChart.tick(new BigDecimal("2.5e20")));
    assertEquals("1E+1000", IndicatorChart.tick(new BigDecimal("1e1000")));
  }

  @Test
  void theTopOfTheScaleIsARoundFigureAtOrAboveTheLargest() {
    assertEquals(0, new BigDecimal("250").compareTo(IndicatorChart.niceCeiling(new BigDecimal("201"))));
    assertEquals(0, new BigDecimal("100").compareTo(IndicatorChart.niceCeiling(new BigDecimal("100"))));
    assertEquals(0, new BigDecimal("5e1000").compareTo(IndicatorChart.niceCeiling(new BigDecimal("2.6e1000"))));
  }

  private static List<String> axisLabels(Indicator indicator) {
    Matcher m = TICK.matcher(svg(indicator));
    return m.results().map(r -> r.group(1)).toList();
  }

  private static String svg(Indicator indicator) {
    HtmlWriter html = new HtmlWriter(4096);
    IndicatorChart.render(html, indicator, Disclosure.standard(), "c");
    return html.finish();
  }

  /** An indicator with a baseline in {@code first} and targets in the {@code years} school years after it. */
  private static Indicator indicator(int first, int years) {
    Indicator.Builder builder = Indicator.builder().id("i").title("Share").measure(Measure.PERCENTAGE)
        .baseline(Baseline.builder().schoolYear(SchoolYear.of(first)).value(BigDecimal.TEN).build());
    for (int y = first + 1; y <= first + years; y++) {
      builder.addPeriods(IndicatorPeriod.builder().schoolYear(SchoolYear.of(y))
          .target(Observation.builder().value(BigDecimal.valueOf(y - first + 10)).build()).build());
    }
    return builder.build();
  }
}
