package dev.kansen.cli.report;

import dev.kansen.cli.summary.TimeAndSources;
import dev.kansen.model.ContactPoint;
import dev.kansen.model.DocumentLink;
import dev.kansen.model.Goal;
import dev.kansen.model.Partner;
import dev.kansen.model.Phase;
import dev.kansen.model.Programme;
import dev.kansen.model.RelatedProgramme;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The programme's agenda and contacts: the phases of the action agenda with their goals, related
 * programmes, documents (linked only where the address is an {@code http} or {@code https} URL, so a
 * document cannot put a {@code javascript:} link in the report) and contact points — offices'
 * addresses, never a private person's data.
 */
final class AgendaSection {
  private AgendaSection() {}

  static void render(HtmlWriter html, Programme programme, String id, dev.kansen.cli.text.Texts t) {
    html.start("section").attr("id", id).attr("class", "agenda").newline().element("h2", t.get("agenda.heading"))
        .newline();
    boolean any = false;
    if (!programme.phases().isEmpty()) {
      any = true;
      html.start("table").attr("class", "data compact").newline().element("caption", t.get("agenda.phasesCaption")).newline()
          .start("thead").start("tr");
      Table.headers(html, t.get("agenda.phase"), t.get("agenda.period"), t.get("agenda.goals"));
      html.end("tr").end("thead").newline().start("tbody").newline();
      for (Phase phase : programme.phases()) {
        html.start("tr");
        Table.rowHeader(html, phase.title());
        Table.period(html, t.day(phase.period().start()), t.day(phase.period().end()));
        html.element("td", phase.goals().isEmpty() ? "—" : phase.goals().stream()
            .map(g -> programme.goals().stream().filter(x -> x.id().equals(g)).map(Goal::title).findFirst().orElse(g))
            .collect(Collectors.joining("; ")));
        html.end("tr").newline();
      }
      html.end("tbody").newline().end("table").newline();
    }
    if (!programme.relatedProgrammes().isEmpty()) {
      any = true;
      html.element("h3", t.get("agenda.related")).newline().start("ul").attr("class", "related").newline();
      for (RelatedProgramme r : programme.relatedProgrammes()) {
        html.start("li").element("strong", TimeAndSources.relation(r, t)).text(": " + r.title()
            + r.programme().map(x -> " (" + x + ")").orElse("")).end("li").newline();
      }
      html.end("ul").newline();
    }
    if (!programme.documents().isEmpty()) {
      any = true;
      html.element("h3", t.get("agenda.documents")).newline().start("ul").attr("class", "documents").newline();
      for (DocumentLink d : programme.documents()) {
        html.start("li").start("span").attr("class", "tag").text(t.capitalised(d.kind())).end("span").text(" ");
        if (isWebAddress(d.address())) {
          html.start("a").attr("href", d.address()).text(d.title()).end("a");
        } else {
          html.text(d.title() + " (" + d.address() + ")");
        }
        d.date().ifPresent(x -> html.text(" ").start("span").attr("class", "meta").text(t.day(x)).end("span"));
        html.end("li").newline();
      }
      html.end("ul").newline();
    }
    boolean contacts = !programme.contactPoints().isEmpty()
        || programme.partners().stream().anyMatch(p -> !p.contactPoints().isEmpty());
    if (contacts) {
      any = true;
      html.element("h3", t.get("agenda.contacts")).newline().start("ul").attr("class", "contacts").newline();
      for (ContactPoint c : programme.contactPoints()) {
        html.start("li").text(TimeAndSources.contact(c)).end("li").newline();
      }
      for (Partner p : programme.partners()) {
        for (ContactPoint c : p.contactPoints()) {
          html.start("li").element("strong", p.name()).text(": " + TimeAndSources.contact(c)).end("li").newline();
        }
      }
      html.end("ul").newline();
    }
    if (!any) {
      html.start("p").attr("class", "empty")
          .text(t.get("agenda.none")).end("p").newline();
    }
    html.end("section").newline();
  }

  /** @return whether the address is an absolute http or https URL with a host, and so safe to link */
  static boolean isWebAddress(String address) {
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
