package dev.kansen.cli.report;

import static dev.kansen.cli.report.Html.escape;

import dev.kansen.analysis.Disclosure;
import dev.kansen.cli.summary.Amounts;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measure;
import dev.kansen.model.SchoolYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A small chart of one indicator over school years: the baseline as a grey square, targets as
 * orange diamonds on a dashed line and actuals as blue dots on a solid line. Suppressed figures
 * are not drawn; the data table beside the chart says they were suppressed.
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

  static String render(Indicator indicator, Disclosure disclosure, String id) {
    List<Point> baseline = points(indicator, disclosure, Kind.BASELINE);
    List<Point> targets = points(indicator, disclosure, Kind.TARGET);
    List<Point> actuals = points(indicator, disclosure, Kind.ACTUAL);
    TreeSet<SchoolYear> years = new TreeSet<>();
    List<Point> all = new ArrayList<>(baseline);
    all.addAll(targets);
    all.addAll(actuals);
    all.forEach(p -> years.add(p.year()));
    double max = all.stream().mapToDouble(p -> p.value().doubleValue()).max().orElse(1);
    double min = Math.min(0, all.stream().mapToDouble(p -> p.value().doubleValue()).min().orElse(0));
    double top = niceCeiling(indicator.measure() == Measure.PERCENTAGE ? Math.min(Math.max(max, 1), 100) : Math.max(max, 1));
    if (indicator.measure() == Measure.PERCENTAGE && max > 100) {
      top = niceCeiling(max);
    }
    Scale scale = new Scale(new ArrayList<>(years), min, top);
    String unit = indicator.measure() == Measure.PERCENTAGE ? "%" : "";

    StringBuilder svg = new StringBuilder();
    String label = "Chart of " + indicator.title();
    svg.append("<svg class=\"chart indicator\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"")
        .append(" aria-label=\"").append(escape(label)).append("\">\n");
    svg.append("<title id=\"").append(id).append("-title\">").append(escape(label)).append("</title>\n");
    svg.append("<desc id=\"").append(id).append("-desc\">")
        .append(escape(describe("Baseline", baseline, unit) + describe("Targets", targets, unit)
            + describe("Actuals", actuals, unit)).strip()).append("</desc>\n");
    int steps = steps(top - min);
    for (int i = 0; i <= steps; i++) {
      double v = min + (top - min) * i / steps;
      double y = scale.y(v);
      svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
          .append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y)).append("\"/>")
          .append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 4))
          .append("\" text-anchor=\"end\">").append(escape(tick(v) + unit)).append("</text>\n");
    }
    List<SchoolYear> axis = new ArrayList<>(years);
    double spacing = axis.size() < 2 ? WIDTH : scale.x(axis.get(1)) - scale.x(axis.get(0));
    boolean shortLabels = spacing < FULL_LABEL;
    int every = (int) Math.ceil((shortLabels ? SHORT_LABEL : FULL_LABEL) / spacing);
    for (int i = 0; i < axis.size(); i += every) {
      SchoolYear year = axis.get(i);
      svg.append("<text class=\"tick\" x=\"").append(f(scale.x(year))).append("\" y=\"").append(HEIGHT - 10)
          .append("\" text-anchor=\"middle\">").append(shortLabels ? shortLabel(year) : year.toString())
          .append("</text>\n");
    }
    line(svg, scale, targets, Palette.ORANGE, true);
    line(svg, scale, actuals, Palette.BLUE, false);
    for (Point p : baseline) {
      svg.append("<rect class=\"baseline\" x=\"").append(f(scale.x(p.year()) - 5)).append("\" y=\"")
          .append(f(scale.y(p.value().doubleValue()) - 5)).append("\" width=\"10\" height=\"10\" fill=\"")
          .append(Palette.GREY).append("\"><title>").append(escape("Baseline " + p.year() + ": "
              + Amounts.figure(p.value()) + unit)).append("</title></rect>\n");
    }
    for (Point p : targets) {
      double x = scale.x(p.year());
      double y = scale.y(p.value().doubleValue());
      svg.append("<path class=\"target\" d=\"M").append(f(x)).append(' ').append(f(y - 7)).append(" L")
          .append(f(x + 7)).append(' ').append(f(y)).append(" L").append(f(x)).append(' ').append(f(y + 7))
          .append(" L").append(f(x - 7)).append(' ').append(f(y)).append(" Z\" fill=\"#FFFFFF\" stroke=\"")
          .append(Palette.ORANGE).append("\" stroke-width=\"2\"><title>").append(escape("Target " + p.year() + ": "
              + Amounts.figure(p.value()) + unit)).append("</title></path>\n");
    }
    for (Point p : actuals) {
      svg.append("<circle class=\"actual\" cx=\"").append(f(scale.x(p.year()))).append("\" cy=\"")
          .append(f(scale.y(p.value().doubleValue()))).append("\" r=\"5\" fill=\"").append(Palette.BLUE)
          .append("\"><title>").append(escape("Actual " + p.year() + ": " + Amounts.figure(p.value()) + unit))
          .append("</title></circle>\n");
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static void line(StringBuilder svg, Scale scale, List<Point> points, String colour, boolean dashed) {
    if (points.size() < 2) {
      return;
    }
    svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"")
        .append(dashed ? " stroke-dasharray=\"5 4\"" : "").append(" points=\"");
    for (Point p : points) {
      svg.append(f(scale.x(p.year()))).append(',').append(f(scale.y(p.value().doubleValue()))).append(' ');
    }
    svg.append("\"/>\n");
  }

  /** @return e.g. {@code 2023-24} for 2023-2024 */
  static String shortLabel(SchoolYear year) {
    return year.startYear() + "-" + String.format(Locale.ROOT, "%02d", (year.startYear() + 1) % 100);
  }

  private static String describe(String what, List<Point> points, String unit) {
    if (points.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(what).append(": ");
    for (int i = 0; i < points.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(points.get(i).year()).append(' ')
          .append(Amounts.figure(points.get(i).value())).append(unit);
    }
    return b.append(". ").toString();
  }

  private record Scale(List<SchoolYear> years, double min, double max) {
    double x(SchoolYear year) {
      int n = years.size();
      int plot = WIDTH - LEFT - RIGHT;
      return n == 1 ? LEFT + plot / 2.0 : LEFT + 24 + (plot - 48) * years.indexOf(year) / (double) (n - 1);
    }

    double y(double value) {
      int plot = HEIGHT - TOP - BOTTOM;
      return TOP + plot * (1 - (value - min) / (max - min));
    }
  }

  static double niceCeiling(double value) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= value) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /** @return 5 or 4 grid steps, whichever divides the range into round numbers */
  static int steps(double range) {
    for (int steps : new int[] {5, 4}) {
      double step = range / steps;
      if (Math.abs(step - Math.rint(step)) < 1e-9 || Math.abs(step * 10 - Math.rint(step * 10)) < 1e-9 && step < 1) {
        return steps;
      }
    }
    return 4;
  }

  static String tick(double v) {
    double size = Math.abs(v);
    if (size >= 1_000_000) {
      return trim(v / 1_000_000) + "M";
    }
    if (size >= 10_000) {
      return trim(v / 1_000) + "k";
    }
    return trim(v);
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
