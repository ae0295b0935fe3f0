package dev.kansen.cli.report;

import static dev.kansen.cli.report.Html.escape;

import dev.kansen.cli.summary.Labels;
import dev.kansen.model.DateRange;
import dev.kansen.model.Intervention;
import dev.kansen.model.Programme;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The intervention timeline: one row per intervention, a hatched bar for the planned period and a
 * solid bar, coloured and labelled by status, for the period it actually ran (up to the as-of day
 * while it runs). Year ticks and a line for the as-of day give the scale.
 */
final class TimelineSvg {
  private static final int WIDTH = 960;
  private static final int LABEL = 280;
  private static final int STATUS = 140;
  private static final int ROW = 30;
  private static final int TOP = 28;

  private TimelineSvg() {}

  static String render(Programme programme, LocalDate asOf, String id) {
    List<Intervention> rows = programme.interventions();
    DateRange span = span(programme, asOf);
    int height = TOP + rows.size() * ROW + 12;
    int plotLeft = LABEL;
    int plotRight = WIDTH - STATUS;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart timeline\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"")
        .append(" aria-label=\"").append(escape(title(programme))).append("\">\n");
    svg.append("<title id=\"").append(id).append("-title\">").append(escape(title(programme))).append("</title>\n");
    svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description(programme, asOf))).append("</desc>\n");
    svg.append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
        .append(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#F3F4F6\"/>")
        .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(Palette.LIGHT_GREY)
        .append("\" stroke-width=\"3\"/></pattern></defs>\n");

    for (int year = span.start().getYear(); year <= span.end().getYear() + 1; year++) {
      LocalDate jan1 = LocalDate.of(year, 1, 1);
      if (span.contains(jan1)) {
        double x = x(jan1, span, plotLeft, plotRight);
        svg.append("<line class=\"grid\" x1=\"").append(f(x)).append("\" y1=\"").append(TOP - 8)
            .append("\" x2=\"").append(f(x)).append("\" y2=\"").append(height - 8).append("\"/>")
            .append("<text class=\"tick\" x=\"").append(f(x + 3)).append("\" y=\"").append(TOP - 12).append("\">")
            .append(year).append("</text>\n");
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      Intervention intervention = rows.get(i);
      int y = TOP + i * ROW;
      String colour = Palette.status(intervention.status());
      svg.append("<g class=\"row\"><title>").append(escape(rowText(intervention, asOf))).append("</title>");
      svg.append("<text class=\"label\" x=\"0\" y=\"").append(y + 19).append("\">")
          .append(escape(Html.shorten(intervention.title(), 40))).append("</text>");
      bar(svg, intervention.planned(), span, plotLeft, plotRight, y + 4, 22,
          "url(#" + id + "-hatch)", Palette.GREY, "planned");
      actual(intervention, asOf).ifPresent(actual ->
          bar(svg, actual, span, plotLeft, plotRight, y + 9, 12, colour, colour, "actual"));
      svg.append("<text class=\"status\" x=\"").append(plotRight + 10).append("\" y=\"").append(y + 19)
          .append("\" fill=\"").append(colour.equals(Palette.GREY) ? Palette.MUTED : colour).append("\">")
          .append(escape(Labels.of(intervention.status()))).append("</text>");
      svg.append("</g>\n");
    }
    if (span.contains(asOf)) {
      double x = x(asOf, span, plotLeft, plotRight);
      svg.append("<line class=\"today\" x1=\"").append(f(x)).append("\" y1=\"").append(TOP - 4)
          .append("\" x2=\"").append(f(x)).append("\" y2=\"").append(height - 4).append("\"/>")
          .append("<text class=\"tick today-label\" x=\"").append(f(x - 3)).append("\" y=\"").append(height)
          .append("\" text-anchor=\"end\">as of ").append(asOf).append("</text>\n");
    }
    svg.append("</svg>");
    return svg.toString();
  }

  /** @return the period an intervention actually ran, up to the as-of day while it still runs */
  static Optional<DateRange> actual(Intervention intervention, LocalDate asOf) {
    if (intervention.actualStart().isEmpty()) {
      return Optional.empty();
    }
    LocalDate start = intervention.actualStart().get();
    LocalDate end = intervention.actualEnd().orElse(asOf.isBefore(start) ? start : asOf);
    return Optional.of(DateRange.of(start, end));
  }

  private static DateRange span(Programme programme, LocalDate asOf) {
    LocalDate start = programme.period().start();
    LocalDate end = programme.period().end();
    for (Intervention i : programme.interventions()) {
      start = min(start, i.planned().start());
      end = max(end, i.planned().end());
      Optional<DateRange> actual = actual(i, asOf);
      if (actual.isPresent()) {
        start = min(start, actual.get().start());
        end = max(end, actual.get().end());
      }
    }
    return DateRange.of(start, end);
  }

  private static void bar(StringBuilder svg, DateRange range, DateRange span, int left, int right, int y, int h,
      String fill, String stroke, String kind) {
    double x1 = x(range.start(), span, left, right);
    double x2 = Math.max(x(range.end().plusDays(1), span, left, right), x1 + 2);
    svg.append("<rect class=\"").append(kind).append("\" x=\"").append(f(x1)).append("\" y=\"").append(y)
        .append("\" width=\"").append(f(x2 - x1)).append("\" height=\"").append(h).append("\" rx=\"3\" fill=\"")
        .append(fill).append("\" stroke=\"").append(stroke).append("\"/>");
  }

  private static double x(LocalDate date, DateRange span, int left, int right) {
    double days = ChronoUnit.DAYS.between(span.start(), span.end().plusDays(1));
    return left + (right - left) * ChronoUnit.DAYS.between(span.start(), date) / days;
  }

  private static String title(Programme programme) {
    return "Timeline of the " + programme.interventions().size() + " interventions of " + programme.title();
  }

  private static String description(Programme programme, LocalDate asOf) {
    StringBuilder b = new StringBuilder("Planned periods are hatched bars, actual periods solid bars; ");
    b.append("the vertical line marks ").append(asOf).append(". ");
    for (Intervention i : programme.interventions()) {
      b.append(rowText(i, asOf)).append(". ");
    }
    return b.toString().strip();
  }

  private static String rowText(Intervention i, LocalDate asOf) {
    return i.title() + ": planned " + i.planned().start() + " to " + i.planned().end()
        + actual(i, asOf).map(a -> ", ran " + a.start() + " to "
            + (i.actualEnd().isPresent() ? a.end().toString() : "now")).orElse(", not started")
        + ", " + Labels.of(i.status()).toLowerCase(java.util.Locale.ROOT);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static String f(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f", v);
  }
}
