package dev.kansen.cli.report;

import static dev.kansen.cli.report.Html.escape;

import dev.kansen.cli.summary.Counts;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Violation;
import java.time.LocalDate;
import java.util.Locale;

/** The validator's findings, errors first as the report orders them, with path and code. */
final class FindingsSection {
  private FindingsSection() {}

  static void render(StringBuilder html, ValidationReport findings, LocalDate asOf, String id) {
    html.append("<section id=\"").append(id).append("\" class=\"findings\">\n<h2>Validation findings</h2>\n");
    html.append("<p class=\"lead\"><span class=\"verdict ").append(findings.valid() ? "valid\">Valid" : "invalid\">Not valid")
        .append("</span> as of ").append(asOf).append(": ");
    for (Severity severity : Severity.values()) {
      int n = findings.withSeverity(severity).size();
      html.append(severity == Severity.values()[0] ? "" : ", ")
          .append(Counts.of(n, severity.name().toLowerCase(Locale.ROOT)));
    }
    html.append(".</p>\n");
    if (findings.violations().isEmpty()) {
      html.append("<p class=\"empty\">The validator found nothing to report.</p>\n</section>\n");
      return;
    }
    html.append("<table class=\"data\">\n<caption>Findings</caption>\n<thead><tr><th scope=\"col\">Severity</th>")
        .append("<th scope=\"col\">Code</th><th scope=\"col\">Where</th><th scope=\"col\">What</th></tr></thead>\n<tbody>\n");
    for (Severity severity : Severity.values()) {
      for (Violation v : findings.withSeverity(severity)) {
        String path = v.path().toString();
        html.append("<tr><td><span class=\"severity severity-").append(severity.name().toLowerCase(Locale.ROOT))
            .append("\">").append(severity.name()).append("</span></td><td><code>").append(escape(v.code()))
            .append("</code></td><td><code>").append(escape(path.isEmpty() ? "/" : path)).append("</code></td><td>")
            .append(escape(v.message())).append("</td></tr>\n");
      }
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }
}
