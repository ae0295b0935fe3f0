package dev.kansen.cli.report;

import static dev.kansen.cli.report.Html.escape;

import dev.kansen.analysis.FunderFunding;
import dev.kansen.analysis.GrantFunding;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.cli.summary.Amounts;
import dev.kansen.cli.summary.Counts;
import dev.kansen.model.Allocation;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import java.util.List;
import java.util.Locale;

/**
 * The funding: who gives what to whom, a bar per grant split into the part allocated to
 * interventions and the part left unallocated, and the allocations per intervention.
 */
final class FundingSection {
  private static final int WIDTH = 960;
  private static final int LABEL = 300;
  private static final int ROW = 34;

  private FundingSection() {}

  static void render(StringBuilder html, ProgrammeSummary summary, String id) {
    Programme programme = summary.programme();
    html.append("<section id=\"").append(id).append("\" class=\"funding\">\n<h2>Funding</h2>\n");
    if (programme.grants().isEmpty()) {
      html.append("<p class=\"empty\">The programme lists no grants.</p>\n</section>\n");
      return;
    }
    html.append("<figure>\n");
    chart(html, programme, summary.funding().grants(), id + "-chart");
    html.append("<figcaption><span class=\"swatch\" style=\"background:").append(Palette.BLUE)
        .append("\"></span> allocated to interventions <span class=\"swatch unallocated\"></span> unallocated")
        .append(" <span class=\"swatch\" style=\"background:").append(Palette.VERMILLION)
        .append("\"></span> allocated beyond the grant</figcaption>\n</figure>\n");

    html.append("<table class=\"data\">\n<caption>Grants: who gives what to whom</caption>\n<thead><tr>")
        .append("<th scope=\"col\">Funder</th><th scope=\"col\">Recipient</th><th scope=\"col\">Period</th>")
        .append("<th scope=\"col\">Purpose</th><th scope=\"col\" class=\"num\">Amount</th>")
        .append("<th scope=\"col\" class=\"num\">Allocated</th><th scope=\"col\" class=\"num\">Unallocated</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < programme.grants().size(); i++) {
      Grant g = programme.grants().get(i);
      GrantFunding funding = summary.funding().grants().get(i);
      html.append("<tr><th scope=\"row\">").append(escape(name(programme, g.funder()))).append("</th><td>")
          .append(escape(name(programme, g.recipient()))).append("</td><td class=\"dates\">").append(g.period().start()).append(" –<br>")
          .append(g.period().end()).append("</td><td>").append(escape(g.purpose().orElse("—")))
          .append("</td><td class=\"num\">").append(escape(Amounts.money(funding.amount())))
          .append("</td><td class=\"num\">").append(escape(Amounts.money(funding.allocated())))
          .append("</td><td class=\"num\">").append(escape(Amounts.money(funding.currency(),
              ProgrammeSummary.unallocated(funding.unallocated(), funding.overAllocated())))).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");

    html.append("<table class=\"data\">\n<caption>Totals by funder</caption>\n<thead><tr>")
        .append("<th scope=\"col\">Funder</th><th scope=\"col\" class=\"num\">Grants</th>")
        .append("<th scope=\"col\" class=\"num\">Granted</th><th scope=\"col\" class=\"num\">Allocated</th>")
        .append("<th scope=\"col\" class=\"num\">Unallocated</th></tr></thead>\n<tbody>\n");
    for (FunderFunding f : summary.funding().funders()) {
      html.append("<tr><th scope=\"row\">").append(escape(summary.funderName(f))).append("</th><td class=\"num\">")
          .append(f.grants().size()).append("</td><td class=\"num\">").append(escape(Amounts.money(f.granted())))
          .append("</td><td class=\"num\">").append(escape(Amounts.money(f.allocated())))
          .append("</td><td class=\"num\">").append(escape(Amounts.money(f.currency(),
              ProgrammeSummary.unallocated(f.unallocated(), f.overAllocated()))))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");

    boolean anyAllocation = programme.grants().stream().anyMatch(g -> !g.allocations().isEmpty());
    if (anyAllocation) {
      html.append("<table class=\"data\">\n<caption>Allocations per intervention</caption>\n<thead><tr>")
          .append("<th scope=\"col\">Intervention</th><th scope=\"col\">From</th>")
          .append("<th scope=\"col\" class=\"num\">Amount</th></tr></thead>\n<tbody>\n");
      for (Grant g : programme.grants()) {
        for (Allocation a : g.allocations()) {
          html.append("<tr><th scope=\"row\">")
              .append(escape(programme.intervention(a.intervention()).map(Intervention::title).orElse(a.intervention())))
              .append("</th><td>").append(escape(name(programme, g.funder()) + " (grant " + g.id() + ")"))
              .append("</td><td class=\"num\">").append(escape(Amounts.money(a.amount())))
              .append("</td></tr>\n");
        }
      }
      html.append("</tbody>\n</table>\n");
    }
    html.append("</section>\n");
  }

  private static void chart(StringBuilder html, Programme programme, List<GrantFunding> grants, String id) {
    double max = grants.stream()
        .mapToDouble(g -> Math.max(g.amount().amount().doubleValue(), g.allocated().amount().doubleValue()))
        .max().orElse(1);
    max = max <= 0 ? 1 : max;
    int height = grants.size() * ROW + 8;
    String label = "Allocated and unallocated amount of each of the " + Counts.of(grants.size(), "grant");
    StringBuilder desc = new StringBuilder();
    html.append("<svg class=\"chart funding-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\"")
        .append(" aria-label=\"").append(escape(label)).append("\">\n<title id=\"").append(id).append("-title\">")
        .append(escape(label)).append("</title>\n");
    StringBuilder bars = new StringBuilder();
    int plot = WIDTH - LABEL - 170;
    for (int i = 0; i < grants.size(); i++) {
      GrantFunding g = grants.get(i);
      double amount = g.amount().amount().doubleValue();
      double allocated = g.allocated().amount().doubleValue();
      int y = 4 + i * ROW;
      String who = name(programme, g.funder()) + " → " + name(programme, g.recipient());
      String figures = Amounts.money(g.amount()) + ", allocated " + Amounts.money(g.allocated());
      desc.append(who).append(": ").append(figures).append(". ");
      bars.append("<g><title>").append(escape(who + ": " + figures)).append("</title>");
      bars.append("<text class=\"label\" x=\"0\" y=\"").append(y + 20).append("\">")
          .append(escape(Html.shorten(who, 38))).append("</text>");
      double wAmount = plot * amount / max;
      double wAllocated = plot * Math.min(allocated, amount) / max;
      bars.append(rect(LABEL, y + 6, wAmount, 20, "#EEF1F4", Palette.GREY));
      bars.append(rect(LABEL, y + 6, wAllocated, 20, Palette.BLUE, Palette.BLUE));
      if (allocated > amount) {
        bars.append(rect(LABEL + wAmount, y + 6, plot * (allocated - amount) / max, 20, Palette.VERMILLION, Palette.VERMILLION));
      }
      bars.append("<text class=\"value\" x=\"").append(f(LABEL + plot * Math.max(amount, allocated) / max + 8))
          .append("\" y=\"").append(y + 20).append("\">")
          .append(escape(Amounts.money(g.amount()))).append("</text></g>\n");
    }
    html.append("<desc id=\"").append(id).append("-desc\">").append(escape(desc.toString().strip())).append("</desc>\n");
    html.append(bars).append("</svg>\n");
  }

  private static String rect(double x, double y, double w, double h, String fill, String stroke) {
    return "<rect x=\"" + f(x) + "\" y=\"" + f(y) + "\" width=\"" + f(Math.max(w, 0)) + "\" height=\"" + f(h)
        + "\" fill=\"" + fill + "\" stroke=\"" + stroke + "\"/>";
  }

  private static String name(Programme programme, String partnerId) {
    return programme.partner(partnerId).map(Partner::name).orElse(partnerId);
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
