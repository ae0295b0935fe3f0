package dev.kansen.cli.report;

import static dev.kansen.cli.report.Html.escape;

import dev.kansen.analysis.Disclosure;
import dev.kansen.analysis.PublishedCell;
import dev.kansen.analysis.PublishedFigure;
import dev.kansen.cli.summary.Amounts;
import dev.kansen.cli.summary.Labels;
import dev.kansen.cli.summary.ProgrammeSummary;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measure;
import dev.kansen.model.Measurement;
import dev.kansen.model.SchoolYear;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome indicators, each with a small chart of baseline, targets and actuals and the table
 * behind it, followed by the equity breakdowns (such as by parental education) with small cells
 * suppressed.
 */
final class IndicatorsSection {
  private IndicatorsSection() {}

  static void render(StringBuilder html, ProgrammeSummary summary, String id, String equityId) {
    Disclosure disclosure = summary.disclosure();
    html.append("<section id=\"").append(id).append("\" class=\"indicators\">\n<h2>Outcome indicators</h2>\n");
    if (summary.indicators().isEmpty()) {
      html.append("<p class=\"empty\">The programme lists no outcome indicators.</p>\n");
    }
    html.append("<div class=\"indicator-grid\">\n");
    int n = 0;
    for (int i = 0; i < summary.indicators().size(); i++) {
      Indicator indicator = summary.indicator(i);
      String unit = indicator.measure() == Measure.PERCENTAGE ? "%" : indicator.unit().map(u -> " " + u).orElse("");
      html.append("<article class=\"indicator\"><h3>").append(escape(indicator.title())).append("</h3>\n");
      boolean ordered = indicator.measure() != Measure.QUALITATIVE && indicator.measure() != Measure.NOMINAL;
      html.append("<p class=\"meta\">").append(escape(indicator.measure().name().toLowerCase(java.util.Locale.ROOT)))
          .append(ordered ? indicator.ascending() ? ", higher is better" : ", lower is better" : "");
      ProgrammeSummary.wholePercent(summary.indicators().get(i)).ifPresent(p -> html.append(" · <strong>").append(p.toPlainString())
          .append("%</strong> of the way from baseline to target"));
      html.append("</p>\n");
      if (IndicatorChart.drawable(indicator, disclosure)) {
        html.append(IndicatorChart.render(indicator, disclosure, id + "-chart-" + n++)).append('\n');
      }
      html.append("<table class=\"data compact\">\n<caption>")
          .append(escape(indicator.title())).append(": figures</caption>\n<thead><tr><th scope=\"col\">School year</th>")
          .append("<th scope=\"col\">Figure</th><th scope=\"col\" class=\"num\">Value</th></tr></thead>\n<tbody>\n");
      indicator.baseline().ifPresent(b -> row(html, b.schoolYear(), "Baseline", disclosure.figure(b), unit));
      for (IndicatorPeriod p : indicator.periods()) {
        p.target().ifPresent(t -> row(html, p.schoolYear(), "Target", disclosure.figure(t), unit));
        p.actual().ifPresent(a -> row(html, p.schoolYear(), "Actual", disclosure.figure(a), unit));
      }
      html.append("</tbody>\n</table>\n</article>\n");
    }
    html.append("</div>\n</section>\n");
    equity(html, summary, equityId);
  }

  private static void row(StringBuilder html, SchoolYear year, String kind, PublishedFigure f, String unit) {
    boolean words = f.value().isEmpty() && f.comment().isPresent() && !f.suppressed();
    html.append("<tr><td class=\"dates\">").append(year).append("</td><td>").append(kind)
        .append(words ? "</td><td class=\"words\">" : "</td><td class=\"num\">")
        .append(f.suppressed() ? "<span class=\"suppressed\">suppressed</span>"
            : escape(f.value().map(v -> Amounts.figure(v) + unit).or(f::comment).orElse("—")))
        .append("</td></tr>\n");
  }

  private static void equity(StringBuilder html, ProgrammeSummary summary, String id) {
    Disclosure disclosure = summary.disclosure();
    html.append("<section id=\"").append(id).append("\" class=\"equity\">\n<h2>Equity breakdowns</h2>\n");
    html.append("<p class=\"lead\">Figures computed from fewer than ").append(disclosure.threshold())
        .append(" pupils are suppressed, together with other cells where needed so that no small group can be")
        .append(" worked out from what is shown; only aggregates are shown.</p>\n");
    boolean any = false;
    int charts = 0;
    for (Indicator indicator : summary.programme().indicators()) {
      Map<SchoolYear, Measurement> figures = new LinkedHashMap<>();
      indicator.baseline().filter(b -> !b.breakdowns().isEmpty()).ifPresent(b -> figures.put(b.schoolYear(), b));
      for (IndicatorPeriod p : indicator.periods()) {
        p.actual().filter(a -> !a.breakdowns().isEmpty()).ifPresent(a -> figures.put(p.schoolYear(), a));
      }
      if (figures.isEmpty()) {
        continue;
      }
      any = true;
      String unit = indicator.measure() == Measure.PERCENTAGE ? "%" : "";
      Set<String> dimensions = new LinkedHashSet<>();
      figures.values().forEach(m -> dimensions.addAll(disclosure.dimensions(m)));
      for (String dimension : dimensions) {
        Map<SchoolYear, List<PublishedCell>> cells = new LinkedHashMap<>();
        figures.forEach((year, m) -> cells.put(year, disclosure.cells(m, dimension)));
        Set<String> categories = new LinkedHashSet<>();
        cells.values().forEach(published -> published.forEach(c -> categories.add(c.category())));
        html.append("<article class=\"equity-table\"><h3>").append(escape(indicator.title()))
            .append(" <span class=\"meta\">by ").append(escape(Labels.words(dimension))).append("</span></h3>\n");
        List<SchoolYear> years = new ArrayList<>(cells.keySet());
        SchoolYear latest = years.get(years.size() - 1);
        html.append(EquityChart.render(indicator.title(), Labels.words(dimension), latest,
            cells.get(latest), unit, id + "-chart-" + charts++));
        html.append("<table class=\"data compact\">\n<caption>").append(escape(indicator.title() + " by " + Labels.words(dimension)))
            .append("</caption>\n<thead><tr><th scope=\"col\">").append(escape(Labels.words(dimension))).append("</th>");
        years.forEach(y -> html.append("<th scope=\"col\" class=\"num\">").append(y).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (String category : categories) {
          html.append("<tr><th scope=\"row\">").append(escape(category)).append("</th>");
          for (SchoolYear year : years) {
            Optional<PublishedCell> cell = cells.get(year).stream()
                .filter(c -> c.category().equals(category)).findFirst();
            html.append("<td class=\"num\">").append(cell.map(c -> cellText(c, unit)).orElse("—")).append("</td>");
          }
          html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</article>\n");
      }
    }
    if (!any) {
      html.append("<p class=\"empty\">No indicator of this programme is broken down by a dimension such as parental education.</p>\n");
    }
    html.append("</section>\n");
  }

  static String cellText(PublishedCell c, String unit) {
    if (c.suppressed()) {
      return "<span class=\"suppressed\">suppressed</span>";
    }
    String value = c.value().map(v -> escape(Amounts.figure(v) + unit)).orElse("—");
    return value + c.pupils().stream().mapToObj(p -> " <span class=\"meta\">(n = " + p + ")</span>").findFirst().orElse("");
  }
}
