package dev.kansen.cli.report;

import dev.kansen.analysis.Disclosure;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.analysis.PublishedCell;
import dev.kansen.analysis.PublishedFigure;
import dev.kansen.cli.summary.Amounts;
import dev.kansen.cli.summary.Labels;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measure;
import dev.kansen.model.Measurement;
import dev.kansen.model.SchoolYear;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The outcome indicators, each with a small chart of baseline, targets and actuals and the table
 * behind it, followed by the equity breakdowns (such as by parental education) with small cells
 * suppressed.
 */
final class IndicatorsSection {
  private IndicatorsSection() {}

  static void render(HtmlWriter html, ProgrammeSummary summary, String id, String equityId) {
    Disclosure disclosure = summary.disclosure();
    html.start("section").attr("id", id).attr("class", "indicators").newline().element("h2", "Outcome indicators").newline();
    if (summary.indicators().isEmpty()) {
      html.start("p").attr("class", "empty").text("The programme lists no outcome indicators.").end("p").newline();
    }
    html.start("div").attr("class", "indicator-grid").newline();
    int n = 0;
    for (int i = 0; i < summary.indicators().size(); i++) {
      Indicator indicator = summary.indicator(i);
      String unit = indicator.measure() == Measure.PERCENTAGE ? "%" : indicator.unit().map(u -> " " + u).orElse("");
      html.start("article").attr("class", "indicator").element("h3", indicator.title()).newline();
      boolean ordered = indicator.measure() != Measure.QUALITATIVE && indicator.measure() != Measure.NOMINAL;
      html.start("p").attr("class", "meta").text(indicator.measure().name().toLowerCase(Locale.ROOT)
          + (ordered ? indicator.ascending() ? ", higher is better" : ", lower is better" : ""));
      ProgrammeSummary.wholePercent(summary.indicators().get(i)).ifPresent(p -> html.text(" · ")
          .element("strong", p.toPlainString() + "%").text(" of the way from baseline to target"));
      html.end("p").newline();
      if (IndicatorChart.drawable(indicator, disclosure)) {
        IndicatorChart.render(html, indicator, disclosure, id + "-chart-" + n++);
        html.newline();
      }
      html.start("table").attr("class", "data compact").newline().element("caption", indicator.title() + ": figures").newline()
          .start("thead").start("tr");
      Table.headers(html, "School year", "Figure");
      Table.numberHeader(html, "Value");
      html.end("tr").end("thead").newline().start("tbody").newline();
      indicator.baseline().ifPresent(b -> row(html, b.schoolYear(), "Baseline", disclosure.figure(b), unit));
      for (IndicatorPeriod p : indicator.periods()) {
        p.target().ifPresent(t -> row(html, p.schoolYear(), "Target", disclosure.figure(t), unit));
        p.actual().ifPresent(a -> row(html, p.schoolYear(), "Actual", disclosure.figure(a), unit));
      }
      html.end("tbody").newline().end("table").newline().end("article").newline();
    }
    html.end("div").newline().end("section").newline();
    equity(html, summary, equityId);
  }

  private static void row(HtmlWriter html, SchoolYear year, String kind, PublishedFigure f, String unit) {
    boolean words = f.value().isEmpty() && f.comment().isPresent() && !f.suppressed();
    html.start("tr").start("td").attr("class", "dates").text(year.toString()).end("td").element("td", kind)
        .start("td").attr("class", words ? "words" : "num");
    if (f.suppressed()) {
      suppressed(html);
    } else {
      html.text(f.value().map(v -> Amounts.figure(v) + unit).or(f::comment).orElse("—"));
    }
    html.end("td").end("tr").newline();
  }

  private static void equity(HtmlWriter html, ProgrammeSummary summary, String id) {
    Disclosure disclosure = summary.disclosure();
    html.start("section").attr("id", id).attr("class", "equity").newline().element("h2", "Equity breakdowns").newline();
    html.start("p").attr("class", "lead").text("Figures computed from fewer than " + disclosure.threshold()
        + " pupils are suppressed, together with other cells where needed so that no small group can be"
        + " worked out from what is shown; only aggregates are shown.").end("p").newline();
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
        Map<SchoolYear, Map<String, PublishedCell>> byCategory = new HashMap<>();
        Set<String> categories = new LinkedHashSet<>();
        cells.forEach((year, published) -> published.forEach(c -> {
          categories.add(c.category());
          byCategory.computeIfAbsent(year, y -> new HashMap<>()).putIfAbsent(c.category(), c);
        }));
        String words = Labels.words(dimension);
        html.start("article").attr("class", "equity-table").start("h3").text(indicator.title() + " ")
            .start("span").attr("class", "meta").text("by " + words).end("span").end("h3").newline();
        List<SchoolYear> years = new ArrayList<>(cells.keySet());
        SchoolYear latest = years.get(years.size() - 1);
        EquityChart.render(html, indicator.title(), words, latest, cells.get(latest), unit, id + "-chart-" + charts++);
        if (indicator.measure() == Measure.PERCENTAGE) {
          GapChart.render(html, indicator.title() + " " + latest, dev.kansen.analysis.BreakdownGaps.of(figures.get(latest),
              dimension, "high", disclosure, dev.kansen.analysis.IntervalMethod.NEWCOMBE_HYBRID_SCORE), id + "-gap-" + charts);
        }
        html.start("table").attr("class", "data compact").newline().element("caption", indicator.title() + " by " + words)
            .newline().start("thead").start("tr");
        Table.headers(html, words);
        years.forEach(y -> Table.numberHeader(html, y.toString()));
        html.end("tr").end("thead").newline().start("tbody").newline();
        for (String category : categories) {
          html.start("tr");
          Table.rowHeader(html, category);
          for (SchoolYear year : years) {
            html.start("td").attr("class", "num");
            PublishedCell cell = byCategory.getOrDefault(year, Map.of()).get(category);
            if (cell == null) {
              html.text("—");
            } else {
              cell(html, cell, unit);
            }
            html.end("td");
          }
          html.end("tr").newline();
        }
        html.end("tbody").newline().end("table").newline().end("article").newline();
      }
    }
    if (!any) {
      html.start("p").attr("class", "empty")
          .text("No indicator of this programme is broken down by a dimension such as parental education.").end("p").newline();
    }
    html.end("section").newline();
  }

  /** Writes a breakdown cell's content: its value with the pupils it rests on, or that it was suppressed. */
  static void cell(HtmlWriter html, PublishedCell c, String unit) {
    if (c.suppressed()) {
      suppressed(html);
      return;
    }
    html.text(c.value().map(v -> Amounts.figure(v) + unit).orElse("—"));
    c.pupils().stream().findFirst().ifPresent(p -> html.text(" ").start("span").attr("class", "meta")
        .text("(n = " + p + ")").end("span"));
  }

  private static void suppressed(HtmlWriter html) {
    html.start("span").attr("class", "suppressed").text("suppressed").end("span");
  }
}
