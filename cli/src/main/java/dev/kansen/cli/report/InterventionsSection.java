package dev.kansen.cli.report;

import static dev.kansen.cli.report.Html.escape;

import dev.kansen.cli.summary.Labels;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.model.Reach;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** The interventions: a timeline of planned and actual periods by status, and the table behind it. */
final class InterventionsSection {
  private InterventionsSection() {}

  static void render(StringBuilder html, Programme programme, LocalDate asOf, String id) {
    html.append("<section id=\"").append(id).append("\" class=\"interventions\">\n<h2>Interventions</h2>\n");
    if (programme.interventions().isEmpty()) {
      html.append("<p class=\"empty\">The programme lists no interventions.</p>\n</section>\n");
      return;
    }
    html.append("<figure>\n").append(TimelineSvg.render(programme, asOf, id + "-timeline")).append('\n');
    html.append("<figcaption><span class=\"key planned\"></span> planned <span class=\"key actual\"></span> actual, coloured by status:");
    for (InterventionStatus status : InterventionStatus.values()) {
      html.append(" <span class=\"swatch\" style=\"background:").append(Palette.status(status)).append("\"></span> ")
          .append(escape(Labels.of(status)));
    }
    html.append("</figcaption>\n</figure>\n");
    html.append("<table class=\"data\">\n<caption>Interventions, planned and actual</caption>\n<thead><tr>")
        .append("<th scope=\"col\">Intervention</th><th scope=\"col\">Type</th><th scope=\"col\">Lead</th>")
        .append("<th scope=\"col\">Planned</th><th scope=\"col\">Actual</th><th scope=\"col\">Status</th>")
        .append("<th scope=\"col\" class=\"num\">Reach planned / actual</th></tr></thead>\n<tbody>\n");
    for (Intervention i : programme.interventions()) {
      html.append("<tr><th scope=\"row\">").append(escape(i.title())).append("</th><td>")
          .append(escape(Labels.of(i.type()))).append("</td><td>")
          .append(escape(programme.partner(i.lead()).map(Partner::name).orElse(i.lead()))).append("</td><td class=\"dates\">")
          .append(i.planned().start()).append(" –<br>").append(i.planned().end()).append("</td><td class=\"dates\">")
          .append(i.actualStart().map(s -> s + " –<br>" + i.actualEnd().map(LocalDate::toString).orElse("")).orElse("—"))
          .append("</td><td><span class=\"status status-").append(i.status().name().toLowerCase(Locale.ROOT))
          .append("\">").append(escape(Labels.of(i.status()))).append("</span></td><td class=\"num\">")
          .append(escape(reach(i.plannedReach()) + " / " + reach(i.actualReach()))).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static String reach(Optional<Reach> reach) {
    return reach.map(r -> r.count() + " " + Labels.of(r.unit()).toLowerCase(Locale.ROOT)).orElse("—");
  }
}
