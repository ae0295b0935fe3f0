package dev.kansen.cli.report;

import dev.kansen.analysis.FunderFunding;
import dev.kansen.analysis.GrantFunding;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.cli.summary.Amounts;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.cli.summary.Counts;
import dev.kansen.model.Allocation;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;

/**
 * The funding: who gives what to whom, a bar per grant split into the part allocated to
 * interventions and the part left unallocated, and the allocations per intervention.
 */
final class FundingSection {
  private FundingSection() {}

  static void render(HtmlWriter html, ProgrammeSummary summary, String id) {
    Programme programme = summary.programme();
    html.start("section").attr("id", id).attr("class", "funding").newline().element("h2", "Funding").newline();
    if (programme.grants().isEmpty()) {
      html.start("p").attr("class", "empty").text("The programme lists no grants.").end("p").newline()
          .end("section").newline();
      return;
    }
    html.start("figure").newline();
    FundingChart.render(html, programme, summary.funding().grants(), id + "-chart");
    html.start("figcaption").start("span").attr("class", "swatch").attr("style", "background:" + Palette.BLUE).end("span")
        .text(" allocated to interventions ").start("span").attr("class", "swatch unallocated").end("span")
        .text(" unallocated ").start("span").attr("class", "swatch").attr("style", "background:" + Palette.VERMILLION)
        .end("span").text(" allocated beyond the grant").end("figcaption").newline().end("figure").newline();

    html.start("table").attr("class", "data").newline().element("caption", "Grants: who gives what to whom").newline()
        .start("thead").start("tr");
    Table.headers(html, "Funder", "Recipient", "Period", "Purpose");
    Table.numberHeader(html, "Amount");
    Table.numberHeader(html, "Allocated");
    Table.numberHeader(html, "Unallocated");
    html.end("tr").end("thead").newline().start("tbody").newline();
    for (int i = 0; i < programme.grants().size(); i++) {
      Grant g = programme.grants().get(i);
      GrantFunding funding = summary.funding().grants().get(i);
      html.start("tr");
      Table.rowHeader(html, name(programme, g.funder()));
      html.element("td", name(programme, g.recipient()));
      Table.period(html, g.period());
      html.element("td", g.purpose().orElse("—"));
      Table.number(html, g.amount().isPresent() ? Amounts.money(funding.amount()) : "not known");
      Table.number(html, Amounts.money(funding.allocated()));
      Table.number(html, Amounts.money(funding.currency(),
          ProgrammeSummary.unallocated(funding.unallocated(), funding.overAllocated())));
      html.end("tr").newline();
    }
    html.end("tbody").newline().end("table").newline();

    html.start("table").attr("class", "data").newline().element("caption", "Totals by funder").newline()
        .start("thead").start("tr");
    Table.headers(html, "Funder");
    Table.numberHeader(html, "Grants");
    Table.numberHeader(html, "Granted");
    Table.numberHeader(html, "Allocated");
    Table.numberHeader(html, "Unallocated");
    html.end("tr").end("thead").newline().start("tbody").newline();
    for (FunderFunding f : summary.funding().funders()) {
      html.start("tr");
      Table.rowHeader(html, summary.funderName(f));
      Table.number(html, Integer.toString(f.grants().size()));
      Table.number(html, Amounts.money(f.granted()));
      Table.number(html, Amounts.money(f.allocated()));
      Table.number(html, Amounts.money(f.currency(), ProgrammeSummary.unallocated(f.unallocated(), f.overAllocated())));
      html.end("tr").newline();
    }
    html.end("tbody").newline().end("table").newline();

    boolean anyAllocation = programme.grants().stream().anyMatch(g -> !g.allocations().isEmpty());
    if (anyAllocation) {
      html.start("table").attr("class", "data").newline().element("caption", "Allocations per intervention").newline()
          .start("thead").start("tr");
      Table.headers(html, "Intervention", "From");
      Table.numberHeader(html, "Amount");
      html.end("tr").end("thead").newline().start("tbody").newline();
      for (Grant g : programme.grants()) {
        for (Allocation a : g.allocations()) {
          html.start("tr");
          Table.rowHeader(html, programme.intervention(a.intervention()).map(Intervention::title).orElse(a.intervention()));
          html.element("td", name(programme, g.funder()) + " (grant " + g.id() + ")");
          Table.number(html, Amounts.money(a.amount()));
          html.end("tr").newline();
        }
      }
      html.end("tbody").newline().end("table").newline();
    }
    html.end("section").newline();
  }

  /** @return the partner's name, or the id where it names no partner */
  static String name(Programme programme, String partnerId) {
    return programme.partner(partnerId).map(Partner::name).orElse(partnerId);
  }
}
