package dev.kansen.cli.report;

import dev.kansen.cli.text.Location;
import dev.kansen.cli.text.Texts;
import dev.kansen.model.Programme;
import dev.kansen.validation.Code;
import dev.kansen.validation.Codes;
import dev.kansen.validation.FindingGroup;
import dev.kansen.validation.FindingSummary;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Violation;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The validator's findings as the command counts, orders and groups them everywhere
 * ({@link FindingSummary}): the verdict with its counts, then one group per code — errors first,
 * then by position in the file — headed by the code, its count where it repeats and how to fix it,
 * the code linking to its entry under "How to fix", which gives the catalogue's what, why and fix
 * in the report's language. Each finding shows where it is in words ("intervention 1, Warm
 * handover") beside its JSON Pointer.
 */
final class FindingsSection {
  private FindingsSection() {}

  /**
   * @param id the section's id; each code's how-to-fix entry has the id {@code ID-fix-CODE}
   * @return the id of a code's how-to-fix entry in the section with the given id
   */
  static String fixId(String id, String code) {
    return id + "-fix-" + code;
  }

  static void render(HtmlWriter html, ValidationReport findings, Programme programme, LocalDate asOf, String id, Texts t) {
    FindingSummary summary = FindingSummary.of(findings);
    html.start("section").attr("id", id).attr("class", "findings").newline()
        .element("h2", t.get("section.findings")).newline();
    html.start("p").attr("class", "lead").start("span").attr("class", "verdict " + (findings.valid() ? "valid" : "invalid"))
        .text(t.get(findings.valid() ? "findings.valid" : "findings.invalid")).end("span")
        .text(" " + t.get("findings.asOf", t.date(asOf), t.counts(summary)))
        .end("p").newline();
    if (summary.total() == 0) {
      html.start("p").attr("class", "empty").text(t.get("findings.none")).end("p").newline()
          .end("section").newline();
      return;
    }
    html.start("table").attr("class", "data").newline().element("caption", t.get("findings.caption")).newline()
        .start("thead").start("tr");
    Table.headers(html, t.get("findings.severity"), t.get("findings.code"), t.get("findings.where"), t.get("findings.what"));
    html.end("tr").end("thead").newline();
    Set<String> codes = new LinkedHashSet<>();
    for (FindingGroup group : summary.groups(t.locale())) {
      codes.add(group.code());
      String severity = t.capitalised(group.severity());
      html.start("tbody").attr("class", "finding-group").newline();
      html.start("tr").attr("class", "group").start("th").attr("colspan", "4").attr("scope", "rowgroup")
          .start("span").attr("class", "severity severity-" + group.severity().name().toLowerCase(Locale.ROOT))
          .text(severity).end("span").text(" ");
      if (Codes.find(group.code()).isPresent()) {
        html.start("a").attr("href", "#" + fixId(id, group.code())).element("code", group.heading()).end("a");
      } else {
        html.element("code", group.heading());
      }
      group.fix().ifPresent(fix -> html.text(" — " + t.get("findings.howToFix") + ": " + fix));
      html.end("th").end("tr").newline();
      for (Violation v : group.findings()) {
        String path = v.path().toString();
        html.start("tr").element("td", severity).start("td").element("code", v.code()).end("td")
            .start("td").element("code", path.isEmpty() ? "/" : path);
        Location.of(v.path(), Optional.of(programme), t).ifPresent(l -> html.voidElement("br")
            .start("span").attr("class", "location").text(l).end("span"));
        html.end("td").element("td", v.localizedMessage(t.locale())).end("tr").newline();
      }
      html.end("tbody").newline();
    }
    html.end("table").newline();
    fixes(html, codes, id, t);
    html.end("section").newline();
  }

  /** The catalogue's what, why and how to fix of every code found, each the target of its group's link. */
  private static void fixes(HtmlWriter html, Set<String> codes, String id, Texts t) {
    html.start("div").attr("class", "fixes").newline().element("h3", t.get("findings.howToFixHeading")).newline()
        .start("dl").newline();
    for (String name : codes) {
      Optional<Code> code = Codes.find(name);
      if (code.isEmpty()) {
        continue;
      }
      Locale locale = t.locale();
      html.start("dt").attr("id", fixId(id, name)).element("code", name).end("dt").newline()
          .start("dd").start("p").element("strong", t.get("findings.whatLabel")).text(" " + code.get().what(locale)).end("p")
          .start("p").element("strong", t.get("findings.whyLabel")).text(" " + code.get().why(locale)).end("p")
          .start("p").element("strong", t.get("findings.fixLabel")).text(" " + code.get().fix(locale)).end("p")
          .end("dd").newline();
    }
    html.end("dl").end("div").newline();
  }
}
