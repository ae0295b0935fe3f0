package dev.kansen.cli.report;

import dev.kansen.analysis.Funnel;
import dev.kansen.analysis.FunnelPoint;
import dev.kansen.analysis.Proportion;
import java.util.List;

/**
 * A funnel plot: each published municipality's rate against its number of pupils, the pooled rate,
 * and the 95% and 99.8% control limits as curves; withheld municipalities are listed under it, never
 * drawn. Texts come from {@link EquityLabels}.
 */
final class FunnelChart {
  private static final int WIDTH = 520;
  private static final int HEIGHT = 260;
  private static final int LEFT = 48;
  private static final int BOTTOM = 30;
  private static final int TOP = 10;
  private static final int STEPS = 60;

  private FunnelChart() {}

  static void render(HtmlWriter html, Funnel funnel, int threshold, String id, EquityLabels labels) {
    List<FunnelPoint> shown = funnel.points().stream().filter(p -> !p.suppressed()).toList();
    Proportion pooled = funnel.pooled();
    long maxPupils = shown.stream().mapToLong(p -> p.proportion().get().pupils()).max().orElse(1);
    double xMax = maxPupils * 1.1;
    double yMax = Math.min(1, Math.max(0.05, 1.15 * Math.max(
        shown.stream().mapToDouble(p -> p.proportion().get().share()).max().orElse(0),
        funnel.limits(Math.max(1, threshold), Funnel.Z_998)[1])));
    String label = labels.funnel(funnel.measure(), funnel.group(), funnel.schoolYear());
    StringBuilder desc = new StringBuilder(labels.pooled() + ": " + labels.percent(pooled.share()) + ". ");
    for (FunnelPoint p : shown) {
      desc.append(p.name()).append(": ").append(labels.shareOf(p.proportion().get().share(), p.proportion().get().pupils()))
          .append(funnel.outside(p, Funnel.Z_998) ? " (" + labels.outside() + ")" : "").append(". ");
    }
    html.start("svg").attr("class", "chart funnel-chart").attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT)
        .attr("role", "img").attr("aria-labelledby", id + "-title " + id + "-desc").attr("aria-label", label).newline()
        .start("title").attr("id", id + "-title").text(label).end("title")
        .start("desc").attr("id", id + "-desc").text(desc.toString().strip()).end("desc").newline();
    double plotW = WIDTH - LEFT - 10;
    double plotH = HEIGHT - TOP - BOTTOM;
    html.empty("line").attr("x1", LEFT).attr("x2", LEFT + plotW).attr("y1", TOP + plotH).attr("y2", TOP + plotH)
        .attr("stroke", Palette.MUTED)
        .empty("line").attr("x1", LEFT).attr("x2", LEFT).attr("y1", TOP).attr("y2", TOP + plotH).attr("stroke", Palette.MUTED)
        .newline();
    double pooledY = TOP + plotH * (1 - pooled.share() / yMax);
    html.empty("line").attr("x1", LEFT).attr("x2", LEFT + plotW).attr("y1", pooledY).attr("y2", pooledY)
        .attr("stroke", Palette.INK).attr("stroke-dasharray", "4 3").newline();
    html.start("text").attr("class", "value").attr("x", 0).attr("y", pooledY + 4).text(labels.percent(pooled.share()))
        .end("text").newline();
    for (double z : new double[] {Funnel.Z_95, Funnel.Z_998}) {
      for (int side = 0; side < 2; side++) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i <= STEPS; i++) {
          double n = Math.max(threshold, 1) + (xMax - Math.max(threshold, 1)) * i / STEPS;
          double limit = funnel.limits(Math.max(1, Math.round(n)), z)[side];
          points.append(HtmlWriter.number(LEFT + plotW * n / xMax)).append(',')
              .append(HtmlWriter.number(TOP + plotH * (1 - Math.min(limit, yMax) / yMax))).append(' ');
        }
        html.empty("polyline").attr("points", points.toString().strip()).attr("fill", "none")
            .attr("stroke", z == Funnel.Z_95 ? Palette.SKY_BLUE : Palette.BLUE).newline();
      }
    }
    for (FunnelPoint p : shown) {
      double x = LEFT + plotW * p.proportion().get().pupils() / xMax;
      double y = TOP + plotH * (1 - p.proportion().get().share() / yMax);
      html.empty("circle").attr("cx", x).attr("cy", y).attr("r", 4)
          .attr("fill", funnel.outside(p, Funnel.Z_998) ? Palette.VERMILLION : Palette.BLUISH_GREEN)
          .start("text").attr("class", "label").attr("x", x > LEFT + plotW * 0.7 ? x - 6 : x + 6).attr("y", y - 6)
          .attr("text-anchor", x > LEFT + plotW * 0.7 ? "end" : "start").text(Html.shorten(p.name(), 20))
          .end("text").newline();
    }
    html.start("text").attr("class", "value").attr("x", LEFT).attr("y", HEIGHT - 8).text(labels.pupilsAxis())
        .end("text").start("text").attr("class", "value").attr("x", 0).attr("y", TOP + 10).text(labels.percent(yMax))
        .end("text").start("text").attr("class", "value").attr("x", WIDTH - 60).attr("y", HEIGHT - 8)
        .text(Long.toString(Math.round(xMax))).end("text").end("svg").newline();
    List<FunnelPoint> withheld = funnel.points().stream().filter(FunnelPoint::suppressed).toList();
    if (!withheld.isEmpty()) {
      html.start("p").attr("class", "note").text(labels.withheldAreas() + ": " + String.join("; ",
          withheld.stream().map(p -> p.name() + " (" + labels.reason(p.suppression()) + ")").toList())).end("p").newline();
    }
  }
}
