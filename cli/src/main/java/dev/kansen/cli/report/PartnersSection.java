package dev.kansen.cli.report;

import dev.kansen.cli.text.Texts;
import dev.kansen.cli.summary.FactWords;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The partners, grouped by organisation type, with their roles, sectors and the board they belong to. */
final class PartnersSection {
  private PartnersSection() {}

  static void render(HtmlWriter html, Programme programme, String id, Texts t) {
    html.start("section").attr("id", id).attr("class", "partners").newline().element("h2", t.get("section.partners")).newline();
    if (programme.partners().isEmpty()) {
      html.start("p").attr("class", "empty").text(t.get("partners.none")).end("p").newline()
          .end("section").newline();
      return;
    }
    html.start("p").attr("class", "lead").text(t.get("partners.lead", t.count(programme.partners().size(), "partner")) + " ");
    boolean first = true;
    for (PartnerRole role : PartnerRole.values()) {
      long n = programme.partners().stream().filter(p -> p.hasRole(role)).count();
      if (n == 0) {
        continue;
      }
      html.text(first ? "" : ", ");
      role(html, role, t);
      html.text(" " + n);
      first = false;
    }
    html.text(".").end("p").newline();
    Map<OrganisationType, List<Partner>> byType = programme.partners().stream()
        .collect(Collectors.groupingBy(Partner::type, TreeMap::new, Collectors.toList()));
    html.start("div").attr("class", "partner-groups").newline();
    byType.forEach((type, partners) -> {
      html.start("div").attr("class", "partner-group").start("h3").text(t.capitalised(type) + " ")
          .start("span").attr("class", "count").text(partners.size()).end("span").end("h3").newline()
          .start("ul").attr("class", "partners").newline();
      for (Partner p : partners) {
        html.start("li").start("span").attr("class", "name").text(p.name()).end("span");
        for (PartnerRole role : p.roles()) {
          html.text(" ");
          role(html, role, t);
        }
        String details = details(programme, p, t);
        if (!details.isEmpty()) {
          html.voidElement("br").start("span").attr("class", "meta").text(details).end("span");
        }
        html.end("li").newline();
      }
      html.end("ul").end("div").newline();
    });
    html.end("div").newline().end("section").newline();
  }

  private static void role(HtmlWriter html, PartnerRole role, Texts t) {
    html.start("span").attr("class", "tag role-" + role.name().toLowerCase(Locale.ROOT)).text(t.capitalised(role)).end("span");
  }

  private static String details(Programme programme, Partner p, Texts t) {
    StringBuilder b = new StringBuilder();
    if (!p.sectors().isEmpty()) {
      b.append(p.sectors().stream().map(t::capitalised).collect(Collectors.joining(", ")));
    }
    p.partOf().ifPresent(id -> b.append(b.length() == 0 ? "" : " · ").append(t.get("partners.partOf")).append(' ')
        .append(programme.partner(id).map(Partner::name).orElse(id)));
    FactWords.partner(p, t).ifPresent(f -> b.append(b.length() == 0 ? "" : " · ").append(f));
    p.description().ifPresent(d -> b.append(b.length() == 0 ? "" : " · ").append(d));
    return b.toString();
  }
}
