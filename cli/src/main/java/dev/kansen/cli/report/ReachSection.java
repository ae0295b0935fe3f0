package dev.kansen.cli.report;

import dev.kansen.analysis.EligibleReach;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.model.Dosage;
import dev.kansen.model.Intervention;
import dev.kansen.model.Participation;
import dev.kansen.model.Programme;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reach against the eligible population (toddlers with an indication against those taking part),
 * the dosage of each intervention that states one, and the programme's participation
 * (consultations of parents and other stakeholders). Written only when the programme has any of
 * these. An eligible population that would reveal a group smaller than the threshold is withheld.
 */
final class ReachSection {
  private ReachSection() {}

  static void render(HtmlWriter html, ProgrammeSummary summary, String id, dev.kansen.cli.text.Texts t) {
    Programme programme = summary.programme();
    List<EligibleReach> reach = EligibleReach.of(programme, summary.disclosure().threshold());
    List<Intervention> dosed = programme.interventions().stream().filter(i -> i.dosage().isPresent()).toList();
    if (reach.isEmpty() && dosed.isEmpty() && programme.participation().isEmpty()) {
      return;
    }
    html.start("section").attr("id", id).attr("class", "reach").newline()
        .element("h2", t.get("reach.heading")).newline();
    if (!reach.isEmpty()) {
      html.start("table").attr("class", "data").newline()
          .element("caption", t.get("reach.caption")).newline().start("thead").start("tr");
      Table.headers(html, t.get("reach.intervention"));
      Table.numberHeader(html, t.get("reach.reached"));
      Table.numberHeader(html, t.get("reach.eligible"));
      Table.numberHeader(html, t.get("reach.share"));
      html.end("tr").end("thead").newline().start("tbody").newline();
      for (EligibleReach r : reach) {
        html.start("tr");
        Table.rowHeader(html, programme.intervention(r.intervention()).map(Intervention::title).orElse(r.intervention()));
        Table.number(html, r.reached().count() + " " + t.label(r.reached().unit())
            + (r.actual() ? "" : " (" + t.get("reach.planned") + ")"));
        Table.number(html, r.withheld() ? t.get("reach.withheld") : Long.toString(r.eligible().orElseThrow().count()));
        Table.number(html, r.percent().map(t::plainPercent).orElse("—"));
        html.end("tr").newline();
      }
      html.end("tbody").newline().end("table").newline();
      if (reach.stream().anyMatch(EligibleReach::withheld)) {
        html.start("p").attr("class", "note").text(t.get("reach.withheldNote", summary.disclosure().threshold())).end("p").newline();
      }
    }
    if (!dosed.isEmpty()) {
      html.start("table").attr("class", "data").newline().element("caption", t.get("reach.dosageCaption")).newline()
          .start("thead").start("tr");
      Table.headers(html, t.get("reach.intervention"), t.get("reach.dosage"));
      html.end("tr").end("thead").newline().start("tbody").newline();
      for (Intervention i : dosed) {
        html.start("tr");
        Table.rowHeader(html, i.title());
        html.element("td", dosage(i.dosage().orElseThrow(), t));
        html.end("tr").newline();
      }
      html.end("tbody").newline().end("table").newline();
    }
    if (!programme.participation().isEmpty()) {
      html.start("table").attr("class", "data").newline().element("caption", t.get("reach.participation")).newline()
          .start("thead").start("tr");
      Table.headers(html, t.get("reach.title"), t.get("reach.form"), t.get("reach.who"), t.get("reach.date"));
      Table.numberHeader(html, t.get("reach.tookPart"));
      Table.headers(html, t.get("reach.outcome"));
      html.end("tr").end("thead").newline().start("tbody").newline();
      for (Participation p : programme.participation()) {
        html.start("tr");
        Table.rowHeader(html, p.title());
        html.element("td", t.label(p.kind()));
        html.element("td", p.stakeholders().stream().map(t::label).collect(Collectors.joining(", ")));
        html.element("td", p.date().map(t::day).orElse("—"));
        Table.number(html, p.participants().map(r -> r.count() + " "
            + t.label(r.unit())).orElse("—"));
        html.element("td", p.outcome().orElse("—"));
        html.end("tr").newline();
      }
      html.end("tbody").newline().end("table").newline();
    }
    html.end("section").newline();
  }

  private static String dosage(Dosage d, dev.kansen.cli.text.Texts t) {
    StringBuilder text = new StringBuilder();
    d.hoursPerWeek().ifPresent(h -> text.append(t.get("reach.hoursAWeek", t.plain(h))));
    if (d.totalHours().isPresent()) {
      text.append(text.length() > 0 ? "; " : "").append(t.get("reach.hours", t.plain(d.totalHours().get())));
      d.months().ifPresent(m -> text.append(" ").append(t.get("reach.overMonths", m)));
    } else if (d.months().isPresent()) {
      text.append(text.length() > 0 ? " " : "").append(t.get("reach.forMonths", d.months().getAsInt()));
    }
    return text.length() == 0 ? "—" : text.toString();
  }
}
