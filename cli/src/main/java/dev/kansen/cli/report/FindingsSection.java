package dev.kansen.cli.report;

import dev.kansen.validation.FindingGroup;
import dev.kansen.validation.FindingSummary;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Violation;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The validator's findings as the command counts, orders and groups them everywhere
 * ({@link FindingSummary}): the verdict with its counts, then one group per code — errors first,
 * then by position in the file — headed by the code, its count where it repeats and how to fix it.
 */
final class FindingsSection {
  private FindingsSection() {}

  static void render(HtmlWriter html, ValidationReport findings, LocalDate asOf, String id) {
    FindingSummary summary = FindingSummary.of(findings);
    html.start("section").attr("id", id).attr("class", "findings").newline().element("h2", "Validation findings").newline();
    html.start("p").attr("class", "lead").start("span").attr("class", "verdict " + (findings.valid() ? "valid" : "invalid"))
        .text(findings.valid() ? "Valid" : "Not valid").end("span").text(" as of " + asOf + ": " + summary.counts() + ".")
        .end("p").newline();
    if (summary.total() == 0) {
      html.start("p").attr("class", "empty").text("The validator found nothing to report.").end("p").newline()
          .end("section").newline();
      return;
    }
    html.start("table").attr("class", "data").newline().element("caption", "Findings, grouped by code").newline()
        .start("thead").start("tr");
    Table.headers(html, "Severity", "Code", "Where", "What");
    html.end("tr").end("thead").newline();
    for (FindingGroup group : summary.groups(Locale.ENGLISH)) {
      String severity = group.severity().name();
      html.start("tbody").attr("class", "finding-group").newline();
      html.start("tr").attr("class", "group").start("th").attr("colspan", "4").attr("scope", "rowgroup")
          .start("span").attr("class", "severity severity-" + severity.toLowerCase(Locale.ROOT)).text(severity).end("span")
          .text(" ").element("code", group.heading());
      group.fix().ifPresent(fix -> html.text(" — how to fix: " + fix));
      html.end("th").end("tr").newline();
      for (Violation v : group.findings()) {
        String path = v.path().toString();
        html.start("tr").element("td", severity).start("td").element("code", v.code()).end("td")
            .start("td").element("code", path.isEmpty() ? "/" : path).end("td")
            .element("td", v.message()).end("tr").newline();
      }
      html.end("tbody").newline();
    }
    html.end("table").newline().end("section").newline();
  }
}
