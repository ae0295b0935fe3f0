package dev.kansen.cli.report;

import dev.kansen.analysis.Disclosure;
import dev.kansen.cli.text.Texts;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measure;
import dev.kansen.model.SchoolYear;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * A small chart of one indicator over school years: the baseline as a grey square, targets as
 * orange diamonds on a dashed line and actuals as blue dots on a solid line; a line never joins
 * figures across a break in method, which a dotted vertical line marks. Suppressed figures
 * are not drawn; the data table beside the chart says they were suppressed. The scale is worked
 * out in decimals, so any figure, however large or small (even beyond what a {@code double}
 * holds, such as {@code 1e1000}), has a finite place on the chart.
 */
final class IndicatorChart {
  private static final int WIDTH = 440;
  private static final int HEIGHT = 200;
  private static final int LEFT = 52;
  private static final int RIGHT = 16;
  private static final int TOP = 14;
  private static final int BOTTOM = 30;
  /** Room an axis label such as {@code 2023-2024} needs at 11px, with a gap. */
  private static final double FULL_LABEL = 62;
  /** Room a short axis label such as {@code 2023-24} needs at 11px, with a gap. */
  private static final double SHORT_LABEL = 48;
  private static final MathContext PRECISION = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal SCIENTIFIC = BigDecimal.ONE.scaleByPowerOfTen(15);
  private static final List<BigDecimal> NICE_STEPS =
      List.of(BigDecimal.ONE, BigDecimal.valueOf(2), new BigDecimal("2.5"), BigDecimal.valueOf(5), BigDecimal.TEN);

  /** A figure placed on the chart. */
  record Point(SchoolYear year, BigDecimal value) {}

  private IndicatorChart() {}

  /** @return whether the indicator has any figure to draw */
  static boolean drawable(Indicator indicator, Disclosure disclosure) {
    return !points(indicator, disclosure, Kind.BASELINE).isEmpty() || !points(indicator, disclosure, Kind.TARGET).isEmpty()
        || !points(indicator, disclosure, Kind.ACTUAL).isEmpty();
  }

  enum Kind { BASELINE, TARGET, ACTUAL }

  static List<Point> points(Indicator indicator, Disclosure disclosure, Kind kind) {
    List<Point> points = new ArrayList<>();
    if (kind == Kind.BASELINE) {
      indicator.baseline().ifPresent(b -> disclosure.figure(b).value()
          .ifPresent(v -> points.add(new Point(b.schoolYear(), v))));
      return points;
    }
    for (IndicatorPeriod p : indicator.periods()) {
      (kind == Kind.TARGET ? p.target() : p.actual()).ifPresent(m -> disclosure.figure(m).value()
          .ifPresent(v -> points.add(new Point(p.schoolYear(), v))));
    }
    points.sort((a, b) -> a.year().compareTo(b.year()));
    return points;
  }

  static void render(HtmlWriter html, Indicator indicator, Disclosure disclosure, String id) {
    render(html, indicator, disclosure, id, (a, b) -> true, Texts.of(Locale.ENGLISH));
  }

  /**
   * Renders the chart; its lines join only figures measured by the same method, and a dotted
   * vertical line marks each break in method between two school years on the chart.
   *
   * @param sameMethod whether figures of two school years are measured by the same method
   * @param t the report's language
   */
  static void render(HtmlWriter html, Indicator indicator, Disclosure disclosure, String id,
      BiPredicate<SchoolYear, SchoolYear> sameMethod, Texts t) {
    List<Point> baseline = points(indicator, disclosure, Kind.BASELINE);
    List<Point> targets = points(indicator, disclosure, Kind.TARGET);
    List<Point> actuals = points(indicator, disclosure, Kind.ACTUAL);
    TreeSet<SchoolYear> years = new TreeSet<>();
    List<Point> all = new ArrayList<>(baseline);
    all.addAll(targets);
    all.addAll(actuals);
    all.forEach(p -> years.add(p.year()));
    BigDecimal max = all.stream().map(Point::value).reduce(BigDecimal::max).orElse(BigDecimal.ONE);
    BigDecimal min = all.stream().map(Point::value).reduce(BigDecimal::min).orElse(BigDecimal.ZERO).min(BigDecimal.ZERO);
    BigDecimal top = niceCeiling(indicator.measure() == Measure.PERCENTAGE ? max.max(BigDecimal.ONE).min(HUNDRED)
        : max.max(BigDecimal.ONE));
    if (indicator.measure() == Measure.PERCENTAGE && max.compareTo(HUNDRED) > 0) {
      top = niceCeiling(max);
    }
    Scale scale = new Scale(new ArrayList<>(years), min, top);
    String unit = indicator.measure() == Measure.PERCENTAGE ? "%" : "";

    String label = t.get("indicators.chartTitle", indicator.title());
    html.start("svg").attr("class", "chart indicator").attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT).attr("role", "img")
        .attr("aria-labelledby", id + "-title " + id + "-desc").attr("aria-label", label).newline()
        .start("title").attr("id", id + "-title").text(label).end("title").newline()
        .start("desc").attr("id", id + "-desc")
        .text((describe(t.get("indicators.baselines"), baseline, unit, t) + describe(t.get("indicators.targets"), targets, unit, t)
            + describe(t.get("indicators.actuals"), actuals, unit, t) + breaks(indicator, t))
            .strip())
        .end("desc").newline();
    BigDecimal range = top.subtract(min, PRECISION);
    int steps = steps(range);
    for (int i = 0; i <= steps; i++) {
      BigDecimal v = min.add(range.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(steps), PRECISION), PRECISION);
      double y = scale.y(v);
      html.empty("line").attr("class", "grid").attr("x1", LEFT).attr("x2", WIDTH - RIGHT).attr("y1", y).attr("y2", y)
          .start("text").attr("class", "tick").attr("x", LEFT - 6).attr("y", y + 4).attr("text-anchor", "end")
          .text((t.dutch() ? tick(v).replace('.', ',') : tick(v)) + unit).end("text").newline();
    }
    List<SchoolYear> axis = scale.years();
    double spacing = axis.size() < 2 ? WIDTH : scale.x(axis.get(1)) - scale.x(axis.get(0));
    boolean shortLabels = spacing < FULL_LABEL;
    int every = (int) Math.ceil((shortLabels ? SHORT_LABEL : FULL_LABEL) / spacing);
    for (int i = 0; i < axis.size(); i += every) {
      SchoolYear year = axis.get(i);
      html.start("text").attr("class", "tick").attr("x", scale.x(year)).attr("y", HEIGHT - 10).attr("text-anchor", "middle")
          .text(shortLabels ? shortLabel(year) : year.toString()).end("text").newline();
    }
    breakLines(html, scale, sameMethod, t);
    for (List<Point> run : runs(targets, sameMethod)) {
      line(html, scale, run, Palette.ORANGE, true);
    }
    for (List<Point> run : runs(actuals, sameMethod)) {
      line(html, scale, run, Palette.BLUE, false);
    }
    for (Point p : baseline) {
      html.start("rect").attr("class", "baseline").attr("x", scale.x(p.year()) - 5).attr("y", scale.y(p.value()) - 5)
          .attr("width", 10).attr("height", 10).attr("fill", Palette.GREY)
          .element("title", t.get("indicators.baseline") + " " + p.year() + ": " + t.figure(p.value()) + unit).end("rect").newline();
    }
    for (Point p : targets) {
      double x = scale.x(p.year());
      double y = scale.y(p.value());
      html.start("path").attr("class", "target")
          .attr("d", "M" + number(x) + " " + number(y - 7) + " L" + number(x + 7) + " " + number(y) + " L" + number(x) + " "
              + number(y + 7) + " L" + number(x - 7) + " " + number(y) + " Z")
          .attr("fill", "#FFFFFF").attr("stroke", Palette.ORANGE).attr("stroke-width", 2)
          .element("title", t.get("indicators.target") + " " + p.year() + ": " + t.figure(p.value()) + unit).end("path").newline();
    }
    for (Point p : actuals) {
      html.start("circle").attr("class", "actual").attr("cx", scale.x(p.year())).attr("cy", scale.y(p.value())).attr("r", 5)
          .attr("fill", Palette.BLUE)
          .element("title", t.get("indicators.actual") + " " + p.year() + ": " + t.figure(p.value()) + unit).end("circle").newline();
    }
    html.end("svg");
  }

  /** @return the points cut into runs of consecutive points measured by the same method */
  static List<List<Point>> runs(List<Point> points, BiPredicate<SchoolYear, SchoolYear> sameMethod) {
    List<List<Point>> runs = new ArrayList<>();
    List<Point> run = new ArrayList<>();
    for (Point p : points) {
      if (!run.isEmpty() && !sameMethod.test(run.get(run.size() - 1).year(), p.year())) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(p);
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  /** Draws a dotted vertical line halfway between two neighbouring school years measured by different methods. */
  private static void breakLines(HtmlWriter html, Scale scale, BiPredicate<SchoolYear, SchoolYear> sameMethod, Texts t) {
    List<SchoolYear> years = scale.years();
    for (int i = 1; i < years.size(); i++) {
      if (!sameMethod.test(years.get(i - 1), years.get(i))) {
        double x = (scale.x(years.get(i - 1)) + scale.x(years.get(i))) / 2;
        html.start("line").attr("class", "method-break").attr("x1", x).attr("x2", x).attr("y1", TOP)
            .attr("y2", HEIGHT - BOTTOM).attr("stroke", Palette.MUTED).attr("stroke-width", 1.5)
            .attr("stroke-dasharray", "2 3")
            .element("title", t.get("indicators.methodChangedBetween", years.get(i - 1), years.get(i))).end("line").newline();
      }
    }
  }

  private static String breaks(Indicator indicator, Texts t) {
    StringBuilder b = new StringBuilder();
    indicator.methodBreaks().forEach(x -> b.append(t.get("indicators.methodChangedFrom", x.schoolYear())).append(' '));
    return b.toString();
  }

  private static void line(HtmlWriter html, Scale scale, List<Point> points, String colour, boolean dashed) {
    if (points.size() < 2) {
      return;
    }
    StringBuilder coordinates = new StringBuilder();
    for (Point p : points) {
      coordinates.append(number(scale.x(p.year()))).append(',').append(number(scale.y(p.value()))).append(' ');
    }
    html.empty("polyline").attr("fill", "none").attr("stroke", colour).attr("stroke-width", 2);
    if (dashed) {
      html.attr("stroke-dasharray", "5 4");
    }
    html.attr("points", coordinates.toString()).newline();
  }

  /** @return e.g. {@code 2023-24} for 2023-2024 */
  static String shortLabel(SchoolYear year) {
    return year.startYear() + "-" + String.format(Locale.ROOT, "%02d", (year.startYear() + 1) % 100);
  }

  private static String describe(String what, List<Point> points, String unit, Texts t) {
    if (points.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(what).append(": ");
    for (int i = 0; i < points.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(points.get(i).year()).append(' ')
          .append(t.figure(points.get(i).value())).append(unit);
    }
    return b.append(". ").toString();
  }

  /** Places school years across and figures up the plot; figures in decimals, so any figure has a finite place. */
  private static final class Scale {
    private final List<SchoolYear> years;
    private final Map<SchoolYear, Integer> positions = new HashMap<>();
    private final BigDecimal min;
    private final BigDecimal max;

    Scale(List<SchoolYear> years, BigDecimal min, BigDecimal max) {
      this.years = years;
      this.min = min;
      this.max = max;
      for (int i = 0; i < years.size(); i++) {
        positions.put(years.get(i), i);
      }
    }

    List<SchoolYear> years() {
      return years;
    }

    double x(SchoolYear year) {
      int n = years.size();
      int plot = WIDTH - LEFT - RIGHT;
      return n == 1 ? LEFT + plot / 2.0 : LEFT + 24 + (plot - 48) * positions.get(year) / (double) (n - 1);
    }

    double y(BigDecimal value) {
      int plot = HEIGHT - TOP - BOTTOM;
      return TOP + plot * (1 - Fraction.between(value, min, max));
    }
  }

  /**
   * @param value a figure of at least 1
   * @return the smallest of 1, 2, 2.5 and 5 times a power of ten that is at least the figure
   */
  static BigDecimal niceCeiling(BigDecimal value) {
    BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(value.precision() - value.scale() - 1);
    for (BigDecimal step : NICE_STEPS) {
      BigDecimal ceiling = step.multiply(magnitude);
      if (ceiling.compareTo(value) >= 0) {
        return ceiling;
      }
    }
    return BigDecimal.TEN.multiply(magnitude);
  }

  /** @return 5 or 4 grid steps, whichever divides the range into round numbers */
  static int steps(BigDecimal range) {
    for (int steps : new int[] {5, 4}) {
      BigDecimal step = range.divide(BigDecimal.valueOf(steps), PRECISION).stripTrailingZeros();
      if (step.scale() <= 0 || step.scale() <= 1 && step.compareTo(BigDecimal.ONE) < 0) {
        return steps;
      }
    }
    return 4;
  }

  /** @return a tick label: {@code 250}, {@code 12.5}, {@code 40k}, {@code 2.5M}, or {@code 2.5E+20} from 10^15 up */
  static String tick(BigDecimal v) {
    BigDecimal size = v.abs();
    if (size.compareTo(SCIENTIFIC) >= 0) {
      return v.round(new MathContext(3)).stripTrailingZeros().toString();
    }
    if (size.compareTo(MILLION) >= 0) {
      return trim(v.movePointLeft(6)) + "M";
    }
    if (size.compareTo(TEN_THOUSAND) >= 0) {
      return trim(v.movePointLeft(3)) + "k";
    }
    return trim(v);
  }

  private static String trim(BigDecimal v) {
    BigDecimal stripped = v.stripTrailingZeros();
    return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : v.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static String number(double v) {
    return HtmlWriter.number(v);
  }
}
