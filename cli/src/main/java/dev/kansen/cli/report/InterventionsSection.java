package dev.kansen.cli.report;

import dev.kansen.cli.summary.FactWords;
import dev.kansen.cli.summary.Labels;
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

  static void render(HtmlWriter html, Programme programme, LocalDate asOf, String id) {
    html.start("section").attr("id", id).attr("class", ReportRenderer.INTERVENTIONS).newline().element("h2", "Interventions").newline();
    if (programme.interventions().isEmpty()) {
      html.start("p").attr("class", "empty").text("The programme lists no interventions.").end("p").newline()
          .end("section").newline();
      return;
    }
    html.start("figure").newline();
    TimelineSvg.render(html, programme, asOf, id + "-timeline");
    html.newline().start("figcaption").start("span").attr("class", "key planned").end("span").text(" planned ")
        .start("span").attr("class", "key actual").end("span").text(" actual, coloured by status:");
    for (InterventionStatus status : InterventionStatus.values()) {
      html.text(" ").start("span").attr("class", "swatch").attr("style", "background:" + Palette.status(status)).end("span")
          .text(" " + Labels.of(status));
    }
    html.end("figcaption").newline().end("figure").newline();
    html.start("table").attr("class", "data").newline().element("caption", "Interventions, planned and actual").newline()
        .start("thead").start("tr");
    Table.headers(html, "Intervention", "Type", "Lead", "Planned", "Actual", "Status");
    Table.numberHeader(html, "Reach planned / actual");
    html.end("tr").end("thead").newline().start("tbody").newline();
    for (Intervention i : programme.interventions()) {
      html.start("tr").start("th").attr("scope", "row")
          .text(i.title() + (i.areas().isEmpty() ? "" : " (" + FactWords.areas(i.areas()) + ")")).end("th")
          .element("td", Labels.of(i.type()))
          .element("td", i.lead().map(lead -> programme.partner(lead).map(Partner::name).orElse(lead)).orElse("not known"));
      Table.period(html, i.planned());
      if (i.actualStart().isPresent()) {
        Table.period(html, i.actualStart().get().toString(), i.actualEnd().map(LocalDate::toString).orElse(""));
      } else {
        html.start("td").attr("class", "dates").text("—").end("td");
      }
      html.start("td").start("span").attr("class", "status status-" + i.status().name().toLowerCase(Locale.ROOT))
          .text(Labels.of(i.status())).end("span").end("td");
      Table.number(html, reach(i.plannedReach(), i.plannedReachQualifier()) + " / "
          + reach(i.actualReach(), i.actualReachQualifier()));
      html.end("tr").newline();
    }
    html.end("tbody").newline().end("table").newline().end("section").newline();
  }

  private static String reach(Optional<Reach> reach, Optional<QuantityQualifier> qualifier) {
    return reach.map(r -> FactWords.quantity(qualifier, Long.toString(r.count())) + " "
        + Labels.of(r.unit()).toLowerCase(Locale.ROOT)).orElse("—");
  }
}
