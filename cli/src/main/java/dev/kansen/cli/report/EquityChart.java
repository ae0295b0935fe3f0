package dev.kansen.cli.report;

import static dev.kansen.cli.report.Html.escape;

import dev.kansen.analysis.PublishedCell;
import dev.kansen.cli.summary.Amounts;
import dev.kansen.model.SchoolYear;
import java.util.List;
import java.util.Locale;

/** Horizontal bars of one breakdown in one school year; a suppressed cell is a labelled gap, never a bar. */
final class EquityChart {
  private static final int WIDTH = 440;
  private static final int LABEL = 130;
  private static final int ROW = 26;

  private EquityChart() {}

  static String render(String indicator, String dimension, SchoolYear year, List<PublishedCell> cells, String unit, String id) {
    double max = cells.stream().filter(c -> c.value().isPresent())
        .mapToDouble(c -> c.value().get().doubleValue()).max().orElse(1);
    max = max <= 0 ? 1 : max;
    int height = cells.size() * ROW + 6;
    String label = indicator + " by " + dimension + ", " + year;
    StringBuilder desc = new StringBuilder();
    StringBuilder bars = new StringBuilder();
    int plot = WIDTH - LABEL - 70;
    for (int i = 0; i < cells.size(); i++) {
      PublishedCell c = cells.get(i);
      int y = 3 + i * ROW;
      bars.append("<text class=\"label\" x=\"0\" y=\"").append(y + 16).append("\">")
          .append(escape(Html.shorten(c.category(), 18))).append("</text>");
      if (c.suppressed() || c.value().isEmpty()) {
        String text = c.suppressed() ? "suppressed" : "no value";
        desc.append(c.category()).append(": ").append(text).append(". ");
        bars.append("<text class=\"suppressed-label\" x=\"").append(LABEL).append("\" y=\"").append(y + 16).append("\">")
            .append(text).append("</text>\n");
        continue;
      }
      String value = Amounts.figure(c.value().get()) + unit;
      desc.append(c.category()).append(": ").append(value).append(". ");
      double w = plot * c.value().get().doubleValue() / max;
      bars.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"")
          .append(String.format(Locale.ROOT, "%.1f", Math.max(w, 1))).append("\" height=\"16\" fill=\"")
          .append(i % 2 == 0 ? Palette.BLUE : Palette.SKY_BLUE).append("\"/>")
          .append("<text class=\"value\" x=\"").append(String.format(Locale.ROOT, "%.1f", LABEL + Math.max(w, 1) + 6))
          .append("\" y=\"").append(y + 16).append("\">").append(escape(value)).append("</text>\n");
    }
    return "<svg class=\"chart equity-chart\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" aria-labelledby=\""
        + id + "-title " + id + "-desc\" aria-label=\"" + escape(label) + "\">\n<title id=\"" + id + "-title\">"
        + escape(label) + "</title>\n<desc id=\"" + id + "-desc\">" + escape(desc.toString().strip()) + "</desc>\n"
        + bars + "</svg>\n";
  }
}
