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
        .element("h2", "Reach and participation").newline();
    if (!reach.isEmpty()) {
      html.start("table").attr("class", "data").newline()
          .element("caption", "Reach against the eligible population").newline().start("thead").start("tr");
      Table.headers(html, "Intervention");
      Table.numberHeader(html, "Reached");
      Table.numberHeader(html, "Eligible");
      Table.numberHeader(html, "Share");
      html.end("tr").end("thead").newline().start("tbody").newline();
      for (EligibleReach r : reach) {
        html.start("tr");
        Table.rowHeader(html, programme.intervention(r.intervention()).map(Intervention::title).orElse(r.intervention()));
        Table.number(html, r.reached().count() + " " + t.label(r.reached().unit())
            + (r.actual() ? "" : " (planned)"));
        Table.number(html, r.withheld() ? "withheld" : Long.toString(r.eligible().orElseThrow().count()));
        Table.number(html, r.percent().map(p -> p.toPlainString() + "%").orElse("—"));
        html.end("tr").newline();
      }
      html.end("tbody").newline().end("table").newline();
      if (reach.stream().anyMatch(EligibleReach::withheld)) {
        html.start("p").attr("class", "note").text("An eligible population is withheld where fewer than "
            + summary.disclosure().threshold() + " of it were not reached.").end("p").newline();
      }
    }
    if (!dosed.isEmpty()) {
      html.start("table").attr("class", "data").newline().element("caption", "Dosage per participant").newline()
          .start("thead").start("tr");
      Table.headers(html, "Intervention", "Dosage");
      html.end("tr").end("thead").newline().start("tbody").newline();
      for (Intervention i : dosed) {
        html.start("tr");
        Table.rowHeader(html, i.title());
        html.element("td", dosage(i.dosage().orElseThrow()));
        html.end("tr").newline();
      }
      html.end("tbody").newline().end("table").newline();
    }
    if (!programme.participation().isEmpty()) {
      html.start("table").attr("class", "data").newline().element("caption", "Participation").newline()
          .start("thead").start("tr");
      Table.headers(html, "Title", "Form", "Who", "Date");
      Table.numberHeader(html, "Took part");
      Table.headers(html, "Outcome");
      html.end("tr").end("thead").newline().start("tbody").newline();
      for (Participation p : programme.participation()) {
        html.start("tr");
        Table.rowHeader(html, p.title());
        html.element("td", t.label(p.kind()));
        html.element("td", p.stakeholders().stream().map(t::label).collect(Collectors.joining(", ")));
        html.element("td", p.date().map(Object::toString).orElse("—"));
        Table.number(html, p.participants().map(r -> r.count() + " "
            + t.label(r.unit())).orElse("—"));
        html.element("td", p.outcome().orElse("—"));
        html.end("tr").newline();
      }
      html.end("tbody").newline().end("table").newline();
    }
    html.end("section").newline();
  }

  private static String dosage(Dosage d) {
    StringBuilder text = new StringBuilder();
    d.hoursPerWeek().ifPresent(h -> text.append(h.toPlainString()).append(" hours a week"));
    if (d.totalHours().isPresent()) {
      text.append(text.length() > 0 ? "; " : "").append(d.totalHours().get().toPlainString()).append(" hours");
      d.months().ifPresent(m -> text.append(" over ").append(m).append(" months"));
    } else if (d.months().isPresent()) {
      text.append(text.length() > 0 ? " " : "").append("for ").append(d.months().getAsInt()).append(" months");
    }
    return text.length() == 0 ? "—" : text.toString();
  }
}
