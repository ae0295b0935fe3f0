package dev.kansen.cli.report;

import dev.kansen.analysis.ProportionGap;
import java.util.List;

/**
 * Gaps against a reference group as error bars: a dot at each gap and a line over its 95% interval,
 * on a symmetric scale around 0 wide enough for every interval (at least ±10 percentage points). Texts come from {@link EquityLabels}.
 */
final class GapChart {
  private static final int WIDTH = 440;
  private static final int LABEL = 170;
  private static final int ROW = 24;

  private GapChart() {}

  static void render(HtmlWriter html, String measure, List<ProportionGap> gaps, String id, EquityLabels labels) {
    if (gaps.isEmpty()) {
      return;
    }
    double plot = WIDTH - LABEL - 10;
    double zero = LABEL + plot / 2;
    double largest = gaps.stream().mapToDouble(g -> Math.max(Math.abs(g.lower()), Math.abs(g.upper()))).max().orElse(0);
    double extent = Math.min(1, Math.max(0.1, Math.ceil(largest * 10) / 10));
    double scale = plot / 2 / extent;
    String label = measure + ": " + labels.gap();
    StringBuilder desc = new StringBuilder();
    gaps.forEach(g -> desc.append(labels.group(g.group())).append(": ").append(labels.points(g.gap())).append(" (")
        .append(labels.interval(g.lower(), g.upper())).append("). "));
    html.start("svg").attr("class", "chart gap-chart").attr("viewBox", "0 0 " + WIDTH + " " + (gaps.size() * ROW + 20))
        .attr("role", "img").attr("aria-labelledby", id + "-title " + id + "-desc").attr("aria-label", label).newline()
        .start("title").attr("id", id + "-title").text(label).end("title")
        .start("desc").attr("id", id + "-desc").text(desc.toString().strip()).end("desc").newline()
        .empty("line").attr("x1", zero).attr("x2", zero).attr("y1", 0).attr("y2", gaps.size() * ROW + 4)
        .attr("stroke", Palette.GREY).newline();
    for (int i = 0; i < gaps.size(); i++) {
      ProportionGap g = gaps.get(i);
      double y = 14 + i * ROW;
      html.start("text").attr("class", "label").attr("x", 0).attr("y", y + 4).text(labels.group(g.group()))
          .end("text")
          .empty("line").attr("x1", zero + g.lower() * scale).attr("x2", zero + g.upper() * scale)
          .attr("y1", y).attr("y2", y).attr("stroke", Palette.BLUE).attr("stroke-width", 2)
          .empty("circle").attr("cx", zero + g.gap() * scale).attr("cy", y).attr("r", 4)
          .attr("fill", Palette.VERMILLION).newline();
    }
    html.start("text").attr("class", "value").attr("x", LABEL).attr("y", gaps.size() * ROW + 18).text(labels.points(-extent))
        .end("text").start("text").attr("class", "value").attr("x", zero).attr("y", gaps.size() * ROW + 18).text("0")
        .end("text").start("text").attr("class", "value").attr("x", WIDTH - 36).attr("y", gaps.size() * ROW + 18)
        .text(labels.points(extent)).end("text").end("svg").newline();
  }
}
