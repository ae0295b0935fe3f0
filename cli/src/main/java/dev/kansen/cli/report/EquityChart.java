package dev.kansen.cli.report;

import dev.kansen.analysis.PublishedCell;
import dev.kansen.cli.text.Texts;
import dev.kansen.model.SchoolYear;
import java.math.BigDecimal;
import java.util.List;

/**
 * Horizontal bars of one breakdown in one school year; a suppressed cell is a labelled gap, never a
 * bar. Bars are scaled to the largest value in decimals, so any value gives a finite bar.
 */
final class EquityChart {
  private static final int WIDTH = 440;
  private static final int LABEL = 130;
  private static final int ROW = 26;
  private static final int PLOT = WIDTH - LABEL - 70;

  private EquityChart() {}

  static void render(HtmlWriter html, String indicator, String dimension, SchoolYear year, List<PublishedCell> cells,
      String unit, String id, Texts t) {
    BigDecimal max = cells.stream().filter(c -> c.value().isPresent()).map(c -> c.value().get())
        .reduce(BigDecimal::max).filter(m -> m.signum() > 0).orElse(BigDecimal.ONE);
    String label = t.get("equity.by", indicator, dimension) + ", " + year;
    StringBuilder desc = new StringBuilder();
    for (PublishedCell c : cells) {
      desc.append(t.category(c.dimension(), c.category())).append(": ")
          .append(drawn(c) ? t.figure(c.value().get()) + unit : gap(c, t)).append(". ");
    }
    html.start("svg").attr("class", "chart equity-chart").attr("viewBox", "0 0 " + WIDTH + " " + (cells.size() * ROW + 6))
        .attr("role", "img").attr("aria-labelledby", id + "-title " + id + "-desc").attr("aria-label", label).newline()
        .start("title").attr("id", id + "-title").text(label).end("title").newline()
        .start("desc").attr("id", id + "-desc").text(desc.toString().strip()).end("desc").newline();
    for (int i = 0; i < cells.size(); i++) {
      PublishedCell c = cells.get(i);
      int y = 3 + i * ROW;
      html.start("text").attr("class", "label").attr("x", 0).attr("y", y + 16).text(Html.shorten(t.category(c.dimension(), c.category()), 18)).end("text");
      if (!drawn(c)) {
        html.start("text").attr("class", "suppressed-label").attr("x", LABEL).attr("y", y + 16).text(gap(c, t)).end("text")
            .newline();
        continue;
      }
      double w = Math.max(PLOT * Fraction.of(c.value().get(), max), 1);
      html.empty("rect").attr("x", LABEL).attr("y", y + 4).attr("width", w).attr("height", 16)
          .attr("fill", i % 2 == 0 ? Palette.BLUE : Palette.SKY_BLUE)
          .start("text").attr("class", "value").attr("x", LABEL + w + 6).attr("y", y + 16)
          .text(t.figure(c.value().get()) + unit).end("text").newline();
    }
    html.end("svg").newline();
  }

  private static boolean drawn(PublishedCell c) {
    return !c.suppressed() && c.value().isPresent();
  }

  private static String gap(PublishedCell c, Texts t) {
    return t.get(c.suppressed() ? "equity.suppressed" : "equity.noValue");
  }
}
