package dev.kansen.cli.report;

import static dev.kansen.cli.report.Html.escape;

import dev.kansen.cli.summary.Labels;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The partners, grouped by organisation type, with their roles, sectors and the board they belong to. */
final class PartnersSection {
  private PartnersSection() {}

  static void render(StringBuilder html, Programme programme, String id) {
    html.append("<section id=\"").append(id).append("\" class=\"partners\">\n<h2>Partners</h2>\n");
    if (programme.partners().isEmpty()) {
      html.append("<p class=\"empty\">The programme lists no partners.</p>\n</section>\n");
      return;
    }
    html.append("<p class=\"lead\">").append(programme.partners().size()).append(" partners. By role: ");
    boolean first = true;
    for (PartnerRole role : PartnerRole.values()) {
      long n = programme.partners().stream().filter(p -> p.hasRole(role)).count();
      if (n == 0) {
        continue;
      }
      html.append(first ? "" : ", ").append("<span class=\"tag role-").append(role.name().toLowerCase(java.util.Locale.ROOT))
          .append("\">").append(escape(Labels.of(role))).append("</span> ").append(n);
      first = false;
    }
    html.append(".</p>\n");
    Map<OrganisationType, List<Partner>> byType = programme.partners().stream()
        .collect(Collectors.groupingBy(Partner::type, TreeMap::new, Collectors.toList()));
    html.append("<div class=\"partner-groups\">\n");
    byType.forEach((type, partners) -> {
      html.append("<div class=\"partner-group\"><h3>").append(escape(Labels.of(type)))
          .append(" <span class=\"count\">").append(partners.size()).append("</span></h3>\n<ul class=\"partners\">\n");
      for (Partner p : partners) {
        html.append("<li><span class=\"name\">").append(escape(p.name())).append("</span>");
        for (PartnerRole role : p.roles()) {
          html.append(" <span class=\"tag role-").append(role.name().toLowerCase(java.util.Locale.ROOT)).append("\">")
              .append(escape(Labels.of(role))).append("</span>");
        }
        String details = details(programme, p);
        if (!details.isEmpty()) {
          html.append("<br><span class=\"meta\">").append(escape(details)).append("</span>");
        }
        html.append("</li>\n");
      }
      html.append("</ul></div>\n");
    });
    html.append("</div>\n</section>\n");
  }

  private static String details(Programme programme, Partner p) {
    StringBuilder b = new StringBuilder();
    if (!p.sectors().isEmpty()) {
      b.append(p.sectors().stream().map(Labels::of).collect(Collectors.joining(", ")));
    }
    p.partOf().ifPresent(id -> b.append(b.length() == 0 ? "" : " · ").append("part of ")
        .append(programme.partner(id).map(Partner::name).orElse(id)));
    p.description().ifPresent(d -> b.append(b.length() == 0 ? "" : " · ").append(d));
    return b.toString();
  }
}
