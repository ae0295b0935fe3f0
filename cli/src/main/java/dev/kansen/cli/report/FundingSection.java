package dev.kansen.cli.report;

import dev.kansen.analysis.FunderFunding;
import dev.kansen.analysis.GrantFunding;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.cli.text.Texts;
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

  static void render(HtmlWriter html, ProgrammeSummary summary, String id, Texts t) {
    Programme programme = summary.programme();
    html.start("section").attr("id", id).attr("class", "funding").newline().element("h2", t.get("section.funding")).newline();
    if (programme.grants().isEmpty()) {
      html.start("p").attr("class", "empty").text(t.get("funding.none")).end("p").newline()
          .end("section").newline();
      return;
    }
    html.start("figure").newline();
    FundingChart.render(html, programme, summary.funding().grants(), id + "-chart", t);
    html.start("figcaption").start("span").attr("class", "swatch").attr("style", "background:" + Palette.BLUE).end("span")
        .text(" " + t.get("funding.keyAllocated") + " ").start("span").attr("class", "swatch unallocated").end("span")
        .text(" " + t.get("funding.keyUnallocated") + " ").start("span").attr("class", "swatch").attr("style", "background:" + Palette.VERMILLION)
        .end("span").text(" " + t.get("funding.keyBeyond")).end("figcaption").newline().end("figure").newline();

    html.start("table").attr("class", "data").newline().element("caption", t.get("funding.grantsCaption")).newline()
        .start("thead").start("tr");
    Table.headers(html, t.get("funding.funder"), t.get("funding.recipient"), t.get("funding.period"), t.get("funding.purpose"));
    Table.numberHeader(html, t.get("funding.amount"));
    Table.numberHeader(html, t.get("funding.allocated"));
    Table.numberHeader(html, t.get("funding.unallocated"));
    html.end("tr").end("thead").newline().start("tbody").newline();
    for (int i = 0; i < programme.grants().size(); i++) {
      Grant g = programme.grants().get(i);
      GrantFunding funding = summary.funding().grants().get(i);
      html.start("tr");
      Table.rowHeader(html, name(programme, g.funder()));
      html.element("td", name(programme, g.recipient()));
      Table.period(html, g.period(), t);
      html.element("td", g.purpose().orElse("—"));
      Table.number(html, g.amount().isPresent() ? t.money(funding.amount()) : t.get("summary.notKnown"));
      Table.number(html, t.money(funding.allocated()));
      Table.number(html, t.money(funding.currency(),
          ProgrammeSummary.unallocated(funding.unallocated(), funding.overAllocated())));
      html.end("tr").newline();
    }
    html.end("tbody").newline().end("table").newline();

    html.start("table").attr("class", "data").newline().element("caption", t.get("funding.totalsCaption")).newline()
        .start("thead").start("tr");
    Table.headers(html, t.get("funding.funder"));
    Table.numberHeader(html, t.get("funding.grants"));
    Table.numberHeader(html, t.get("funding.granted"));
    Table.numberHeader(html, t.get("funding.allocated"));
    Table.numberHeader(html, t.get("funding.unallocated"));
    html.end("tr").end("thead").newline().start("tbody").newline();
    for (FunderFunding f : summary.funding().funders()) {
      html.start("tr");
      Table.rowHeader(html, summary.funderName(f));
      Table.number(html, Integer.toString(f.grants().size()));
      Table.number(html, t.money(f.granted()));
      Table.number(html, t.money(f.allocated()));
      Table.number(html, t.money(f.currency(), ProgrammeSummary.unallocated(f.unallocated(), f.overAllocated())));
      html.end("tr").newline();
    }
    html.end("tbody").newline().end("table").newline();

    boolean anyAllocation = programme.grants().stream().anyMatch(g -> !g.allocations().isEmpty());
    if (anyAllocation) {
      html.start("table").attr("class", "data").newline().element("caption", t.get("funding.allocationsCaption")).newline()
          .start("thead").start("tr");
      Table.headers(html, t.get("funding.intervention"), t.get("funding.from"));
      Table.numberHeader(html, t.get("funding.amount"));
      html.end("tr").end("thead").newline().start("tbody").newline();
      for (Grant g : programme.grants()) {
        for (Allocation a : g.allocations()) {
          html.start("tr");
          Table.rowHeader(html, programme.intervention(a.intervention()).map(Intervention::title).orElse(a.intervention()));
          html.element("td", name(programme, g.funder()) + " (" + t.get("funding.grant", g.id()) + ")");
          Table.number(html, t.money(a.amount()));
          html.end("tr").newline();
        }
      }
      html.end("tbody").newline().end("table").newline();
    }
    FundingPerYearTable.render(html, programme, t);
    html.end("section").newline();
  }

  /** @return the partner's name, or the id where it names no partner */
  static String name(Programme programme, String partnerId) {
    return programme.partner(partnerId).map(Partner::name).orElse(partnerId);
  }
}
