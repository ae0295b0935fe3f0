package dev.kansen.cli.report;

import dev.kansen.analysis.GrantFunding;
import dev.kansen.cli.text.Texts;
import dev.kansen.model.Programme;
import java.math.BigDecimal;
import java.util.List;

/**
 * A bar per grant: its amount, the part allocated to interventions over it, and the part
 * allocated beyond the grant after it. Bars are scaled to the largest amount in decimals, so any
 * amount gives a finite bar.
 */
final class FundingChart {
  private static final int WIDTH = 960;
  private static final int LABEL = 300;
  private static final int ROW = 34;
  private static final int PLOT = WIDTH - LABEL - 170;

  private FundingChart() {}

  static void render(HtmlWriter html, Programme programme, List<GrantFunding> grants, String id, Texts t) {
    BigDecimal max = grants.stream().map(g -> g.amount().amount().max(g.allocated().amount()))
        .reduce(BigDecimal::max).filter(m -> m.signum() > 0).orElse(BigDecimal.ONE);
    String label = t.get("funding.chartTitle", t.count(grants.size(), "grant"));
    StringBuilder desc = new StringBuilder();
    for (GrantFunding g : grants) {
      desc.append(who(programme, g)).append(": ").append(figures(g, t)).append(". ");
    }
    html.start("svg").attr("class", "chart funding-chart").attr("viewBox", "0 0 " + WIDTH + " " + (grants.size() * ROW + 8))
        .attr("role", "img").attr("aria-labelledby", id + "-title " + id + "-desc").attr("aria-label", label).newline()
        .start("title").attr("id", id + "-title").text(label).end("title").newline()
        .start("desc").attr("id", id + "-desc").text(desc.toString().strip()).end("desc").newline();
    for (int i = 0; i < grants.size(); i++) {
      GrantFunding g = grants.get(i);
      BigDecimal amount = g.amount().amount();
      BigDecimal allocated = g.allocated().amount();
      int y = 4 + i * ROW;
      String who = who(programme, g);
      html.start("g").element("title", who + ": " + figures(g, t))
          .start("text").attr("class", "label").attr("x", 0).attr("y", y + 20).text(Html.shorten(who, 38)).end("text");
      double wAmount = PLOT * Fraction.of(amount, max);
      rect(html, LABEL, y + 6, wAmount, "#EEF1F4", Palette.GREY);
      rect(html, LABEL, y + 6, PLOT * Fraction.of(allocated.min(amount), max), Palette.BLUE, Palette.BLUE);
      if (allocated.compareTo(amount) > 0) {
        rect(html, LABEL + wAmount, y + 6, PLOT * Fraction.of(allocated.subtract(amount), max), Palette.VERMILLION,
            Palette.VERMILLION);
      }
      html.start("text").attr("class", "value").attr("x", LABEL + PLOT * Fraction.of(amount.max(allocated), max) + 8)
          .attr("y", y + 20).text(t.money(g.amount())).end("text").end("g").newline();
    }
    html.end("svg").newline();
  }

  private static String who(Programme programme, GrantFunding g) {
    return FundingSection.name(programme, g.funder()) + " → " + FundingSection.name(programme, g.recipient());
  }

  private static String figures(GrantFunding g, Texts t) {
    return t.get("funding.chartFigures", t.money(g.amount()), t.money(g.allocated()));
  }

  private static void rect(HtmlWriter html, double x, double y, double w, String fill, String stroke) {
    html.empty("rect").attr("x", x).attr("y", y).attr("width", Math.max(w, 0)).attr("height", 20.0)
        .attr("fill", fill).attr("stroke", stroke);
  }
}
