package dev.kansen.cli.report;

import dev.kansen.cli.text.Texts;
import dev.kansen.cli.summary.FactWords;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.model.QuantityQualifier;
import dev.kansen.model.Reach;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** The interventions: a timeline of planned and actual periods by status, and the table behind it. */
final class InterventionsSection {
  private InterventionsSection() {}

  static void render(HtmlWriter html, Programme programme, LocalDate asOf, String id, Texts t) {
    html.start("section").attr("id", id).attr("class", ReportRenderer.INTERVENTIONS).newline().element("h2", t.get("section.interventions")).newline();
    if (programme.interventions().isEmpty()) {
      html.start("p").attr("class", "empty").text(t.get("interventions.none")).end("p").newline()
          .end("section").newline();
      return;
    }
    html.start("figure").newline();
    TimelineSvg.render(html, programme, asOf, id + "-timeline", t);
    html.newline().start("figcaption").start("span").attr("class", "key planned").end("span").text(" " + t.get("interventions.keyPlanned") + " ")
        .start("span").attr("class", "key actual").end("span").text(" " + t.get("interventions.keyActual"));
    for (InterventionStatus status : InterventionStatus.values()) {
      html.text(" ").start("span").attr("class", "swatch").attr("style", "background:" + Palette.status(status)).end("span")
          .text(" " + t.capitalised(status));
    }
    html.end("figcaption").newline().end("figure").newline();
    html.start("table").attr("class", "data").newline().element("caption", t.get("interventions.caption")).newline()
        .start("thead").start("tr");
    Table.headers(html, t.get("interventions.intervention"), t.get("interventions.type"), t.get("interventions.lead"),
        t.get("interventions.planned"), t.get("interventions.actual"), t.get("interventions.status"));
    Table.numberHeader(html, t.get("interventions.reach"));
    html.end("tr").end("thead").newline().start("tbody").newline();
    for (Intervention i : programme.interventions()) {
      html.start("tr").start("th").attr("scope", "row")
          .text(i.title() + (i.areas().isEmpty() ? "" : " (" + FactWords.areas(i.areas()) + ")")).end("th")
          .element("td", t.capitalised(i.type()))
          .element("td", i.lead().map(lead -> programme.partner(lead).map(Partner::name).orElse(lead)).orElse(t.get("summary.notKnown")));
      Table.period(html, i.planned(), t);
      if (i.actualStart().isPresent()) {
        Table.period(html, t.day(i.actualStart().get()), i.actualEnd().map(t::day).orElse(""));
      } else {
        html.start("td").attr("class", "dates").text("—").end("td");
      }
      html.start("td").start("span").attr("class", "status status-" + i.status().name().toLowerCase(Locale.ROOT))
          .text(t.capitalised(i.status())).end("span").end("td");
      Table.number(html, reach(i.plannedReach(), i.plannedReachQualifier(), t) + " / "
          + reach(i.actualReach(), i.actualReachQualifier(), t));
      html.end("tr").newline();
    }
    html.end("tbody").newline().end("table").newline().end("section").newline();
  }

  private static String reach(Optional<Reach> reach, Optional<QuantityQualifier> qualifier, Texts t) {
    return reach.map(r -> FactWords.quantity(qualifier, Long.toString(r.count()), t) + " " + t.label(r.unit())).orElse("—");
  }
}
