package dev.kansen.cli.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.cli.Fixture;
import dev.kansen.model.Allocation;
import dev.kansen.model.Baseline;
import dev.kansen.model.Breakdown;
import dev.kansen.model.DateRange;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Intervention;
import dev.kansen.model.Measure;
import dev.kansen.model.Money;
import dev.kansen.model.Observation;
import dev.kansen.model.Programme;
import dev.kansen.model.SchoolYear;
import dev.kansen.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every chart draws a sane picture of any figure a programme may hold: huge, tiny, negative, all
 * equal, or beyond what a {@code double} holds. Sane means every coordinate is a finite number on
 * the chart, and a figure's mark is drawn where it belongs.
 */
class ChartExtremesTest {
  private static final ReportRenderer RENDERER = new ReportRenderer(new ReportOptions(LocalDate.parse("2022-03-01"), 10, "t"));
  private static final Pattern SVG = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);
  private static final Pattern COORDINATE = Pattern.compile(" (?:x|y|x1|x2|y1|y2|cx|cy|width|height)=\"([^\"]*)\"");
  private static final Pattern PATH_NUMBERS = Pattern.compile(" (?:d|points)=\"([^\"]*)\"");
  private static final Pattern ACTUAL = Pattern.compile("<circle class=\"actual\" cx=\"([^\"]+)\" cy=\"([^\"]+)\"");

  /** A measure a chart may draw. */
  enum Drawn { PERCENTAGE, UNIT }

  @ParameterizedTest
  @ValueSource(strings = {"1e1000", "-1e1000", "1e-1000", "1.7976931348623157e308", "-1.7976931348623157e308",
      "4.9e-324", "0", "-5", "24", "123456789012345678901234567890.5"})
  void anIndicatorChartAndAnEquityChartDrawAnyActualFigure(String figure) {
    for (Drawn measure : Drawn.values()) {
      String html = render(withFigure(new BigDecimal(figure), Measure.valueOf(measure.name())));
      assertSane(html, figure + " " + measure);
      Matcher actual = ACTUAL.matcher(html);
      assertTrue(actual.find(), "the actual is drawn: " + figure);
      double y = Double.parseDouble(actual.group(2));
      assertTrue(y >= 14 && y <= 170, "the actual lies on the plot: " + y);
      BigDecimal value = new BigDecimal(figure);
      if (value.compareTo(BigDecimal.valueOf(1000)) > 0) {
        // the top of the scale is at most twice the largest figure, so that figure is in the upper half
        assertTrue(y <= 14 + 156 / 2.0, "a figure far above the others is in the upper half of the plot: " + y);
      }
      assertTrue(html.contains("class=\"chart equity-chart\""), "the equity chart is drawn");
    }
  }

  @ParameterizedTest
  @EnumSource(Drawn.class)
  void anIndicatorWhoseFiguresAreAllEqualIsDrawn(Drawn measure) {
    Indicator equal = Indicator.builder().id("flat").title("Flat").measure(Measure.valueOf(measure.name()))
        .baseline(Baseline.builder().schoolYear(SchoolYear.of(2020)).value(new BigDecimal("7")).build())
        .addPeriods(IndicatorPeriod.builder().schoolYear(SchoolYear.of(2021))
            .target(Observation.builder().value(new BigDecimal("7")).build())
            .actual(Observation.builder().value(new BigDecimal("7")).pupils(400).build()).build())
        .build();
    String html = render(Programme.builder().from(Fixture.programme()).indicators(List.of(equal)).build());
    assertSane(html, "equal figures");
    assertTrue(ACTUAL.matcher(html).find());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999", "0.01", "123456789012345678901234567890.12"})
  void theFundingChartDrawsAnyAmount(String amount) {
    Programme p = Fixture.programme();
    Grant grant = Grant.builder().from(p.grants().get(0)).amount(Money.eur(amount))
        .allocations(List.of(Allocation.of("summer", Money.eur("30000")))).build();
    Grant small = Grant.builder().from(grant).id("g2").amount(Money.eur("1")).build();
    String html = render(Programme.builder().from(p).grants(List.of(grant, small)).build());
    assertSane(html, amount);
    assertTrue(html.contains("class=\"chart funding-chart\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0001-01-01", "1900-01-01", "2021-12-31"})
  void theTimelineOfAnyPeriodHasTicksWithRoomForTheirLabels(String start) {
    Programme p = Fixture.programme();
    Intervention wide = Intervention.builder().from(p.interventions().get(0))
        .planned(DateRange.of(LocalDate.parse(start), LocalDate.parse("9999-12-31"))).build();
    String html = render(Programme.builder().from(p).interventions(List.of(wide, p.interventions().get(1))).build());
    assertSane(html, start);
    Matcher tick = Pattern.compile("<text class=\"tick\" x=\"([^\"]+)\" y=\"16\">").matcher(html);
    double last = Double.NEGATIVE_INFINITY;
    int ticks = 0;
    while (tick.find()) {
      double x = Double.parseDouble(tick.group(1));
      assertTrue(x - last >= 40, "ticks " + last + " and " + x + " leave room for a label");
      last = x;
      ticks++;
    }
    assertTrue(ticks >= 2, "the scale has ticks: " + ticks);
  }

  private static Programme withFigure(BigDecimal figure, Measure measure) {
    Programme p = Fixture.programme();
    Indicator indicator = p.indicators().get(0);
    Observation actual = Observation.builder().value(figure).pupils(400)
        .addBreakdowns(cell("low", figure, 130), cell("middle", new BigDecimal("20"), 150), cell("high", figure.negate(), 120))
        .build();
    IndicatorPeriod period = IndicatorPeriod.builder().from(indicator.periods().get(0)).actual(actual).build();
    return Programme.builder().from(p).indicators(List.of(Indicator.builder().from(indicator).measure(measure)
        .periods(List.of(period)).build())).build();
  }

  private static Breakdown cell(String category, BigDecimal value, int pupils) {
    return Breakdown.builder().dimension(Breakdown.PARENTAL_EDUCATION).category(category).value(value).pupils(pupils).build();
  }

  private static String render(Programme programme) {
    return RENDERER.render(List.of(new ReportedProgramme(programme, ValidationReport.empty())));
  }

  /** Every chart's coordinates are finite numbers near its view box. */
  private static void assertSane(String html, String what) {
    Matcher svg = SVG.matcher(html);
    int charts = 0;
    while (svg.find()) {
      charts++;
      String chart = svg.group();
      assertFalse(chart.contains("NaN") || chart.contains("Infinity"), what + ": " + chart);
      Matcher c = COORDINATE.matcher(chart);
      while (c.find()) {
        sane(c.group(1), what);
      }
      Matcher path = PATH_NUMBERS.matcher(chart);
      while (path.find()) {
        for (String n : path.group(1).replaceAll("[MLZ,]", " ").trim().split("\\s+")) {
          sane(n, what);
        }
      }
    }
    assertTrue(charts >= 3, what + ": " + charts + " charts");
  }

  private static void sane(String number, String what) {
    double v = Double.parseDouble(number);
    assertTrue(Double.isFinite(v) && v > -100 && v < 2000, what + ": coordinate " + number);
  }
}
