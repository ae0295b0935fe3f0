package dev.kansen.cli.report;

import dev.kansen.cli.summary.Counts;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Violation;
import java.time.LocalDate;
import java.util.Locale;

/** The validator's findings, errors first as the report orders them, with path and code. */
final class FindingsSection {
  private FindingsSection() {}

  static void render(HtmlWriter html, ValidationReport findings, LocalDate asOf, String id) {
    html.start("section").attr("id", id).attr("class", "findings").newline().element("h2", "Validation findings").newline();
    html.start("p").attr("class", "lead").start("span").attr("class", "verdict " + (findings.valid() ? "valid" : "invalid"))
        .text(findings.valid() ? "Valid" : "Not valid").end("span").text(" as of " + asOf + ": ");
    for (Severity severity : Severity.values()) {
      int n = findings.withSeverity(severity).size();
      html.text((severity == Severity.values()[0] ? "" : ", ") + Counts.of(n, severity.name().toLowerCase(Locale.ROOT)));
    }
    html.text(".").end("p").newline();
    if (findings.violations().isEmpty()) {
      html.start("p").attr("class", "empty").text("The validator found nothing to report.").end("p").newline()
          .end("section").newline();
      return;
    }
    html.start("table").attr("class", "data").newline().element("caption", "Findings").newline().start("thead").start("tr");
    Table.headers(html, "Severity", "Code", "Where", "What");
    html.end("tr").end("thead").newline().start("tbody").newline();
    for (Severity severity : Severity.values()) {
      for (Violation v : findings.withSeverity(severity)) {
        String path = v.path().toString();
        html.start("tr").start("td").start("span")
            .attr("class", "severity severity-" + severity.name().toLowerCase(Locale.ROOT)).text(severity.name()).end("span")
            .end("td").start("td").element("code", v.code()).end("td")
            .start("td").element("code", path.isEmpty() ? "/" : path).end("td")
            .element("td", v.message()).end("tr").newline();
      }
    }
    html.end("tbody").newline().end("table").newline().end("section").newline();
  }
}
