package dev.kansen.cli.report;

import dev.kansen.analysis.Disclosure;
import dev.kansen.analysis.IndicatorProgress;
import dev.kansen.analysis.PeriodProgress;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.analysis.PublishedCell;
import dev.kansen.analysis.PublishedFigure;
import dev.kansen.cli.text.Texts;
import dev.kansen.cli.summary.TimeAndSources;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measure;
import dev.kansen.model.Measurement;
import dev.kansen.model.MethodBreak;
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

  static void render(HtmlWriter html, ProgrammeSummary summary, String id, String equityId, Texts t) {
    Disclosure disclosure = summary.disclosure();
    html.start("section").attr("id", id).attr("class", "indicators").newline().element("h2", t.get("section.indicators")).newline();
    if (summary.indicators().isEmpty()) {
      html.start("p").attr("class", "empty").text(t.get("indicators.none")).end("p").newline();
    }
    html.start("div").attr("class", "indicator-grid").newline();
    int n = 0;
    for (int i = 0; i < summary.indicators().size(); i++) {
      Indicator indicator = summary.indicator(i);
      String unit = indicator.measure() == Measure.PERCENTAGE ? "%" : indicator.unit().map(u -> " " + u).orElse("");
      html.start("article").attr("class", "indicator").element("h3", indicator.title()).newline();
      boolean ordered = indicator.measure() != Measure.QUALITATIVE && indicator.measure() != Measure.NOMINAL;
      html.start("p").attr("class", "meta").text(t.label(indicator.measure())
          + (ordered ? ", " + t.get(indicator.ascending() ? "indicators.higherIsBetter" : "indicators.lowerIsBetter") : ""));
      ProgrammeSummary.wholePercent(summary.indicators().get(i)).ifPresent(p -> html.text(" · ")
          .element("strong", t.percent(p)).text(" " + t.get("indicators.ofTheWay")));
      String track = TimeAndSources.progress(summary.indicators().get(i), indicator.measure(), t);
      if (!track.isEmpty()) {
        html.text(" · " + track);
      }
      html.end("p").newline();
      for (MethodBreak b : indicator.methodBreaks()) {
        html.start("p").attr("class", "meta method-break").text(t.get("indicators.methodBreak", b.schoolYear(), b.description())).end("p").newline();
      }
      if (IndicatorChart.drawable(indicator, disclosure)) {
        IndicatorChart.render(html, indicator, disclosure, id + "-chart-" + n++, summary.indicators().get(i)::sameMethod, t);
        html.newline();
      }
      html.start("table").attr("class", "data compact").newline().element("caption", t.get("indicators.figuresCaption", indicator.title())).newline()
          .start("thead").start("tr");
      Table.headers(html, t.get("indicators.schoolYear"), t.get("indicators.figure"));
      Table.numberHeader(html, t.get("indicators.value"));
      html.end("tr").end("thead").newline().start("tbody").newline();
      indicator.baseline().ifPresent(b -> row(html, b.schoolYear(), kind(t.get("indicators.baseline"), b, t), disclosure.figure(b), unit, t));
      IndicatorProgress progress = summary.indicators().get(i);
      for (IndicatorPeriod p : indicator.periods()) {
        p.target().ifPresent(target -> row(html, p.schoolYear(), kind(t.get("indicators.target"), target, t), disclosure.figure(target), unit, t));
        p.actual().ifPresent(a -> row(html, p.schoolYear(), kind(t.get("indicators.actual"), a, t) + track(progress, p.schoolYear(), t),
            disclosure.figure(a), unit, t));
      }
      html.end("tbody").newline().end("table").newline().end("article").newline();
    }
    html.end("div").newline().end("section").newline();
    equity(html, summary, equityId, t);
  }

  /** @return {@code , on track} or {@code , off track} for the year's actual, where that is defined */
  private static String track(IndicatorProgress progress, SchoolYear year, Texts t) {
    return progress.periods().stream().filter(x -> x.schoolYear().equals(year)).findFirst()
        .flatMap(PeriodProgress::onTrack).map(on -> ", " + t.get(on ? "track.on" : "track.off")).orElse("");
  }

  /** @return e.g. {@code Actual (DUO, provisional, measured 2024-06-30)}: the figure's kind with its source mark */
  private static String kind(String kind, Measurement figure, Texts t) {
    String mark = TimeAndSources.mark(figure, t);
    return mark.isEmpty() ? kind : kind + " (" + mark + ")";
  }

  private static void row(HtmlWriter html, SchoolYear year, String kind, PublishedFigure f, String unit, Texts t) {
    boolean words = f.value().isEmpty() && f.comment().isPresent() && !f.suppressed();
    html.start("tr").start("td").attr("class", "dates").text(year.toString()).end("td").element("td", kind)
        .start("td").attr("class", words ? "words" : "num");
    if (f.suppressed()) {
      suppressed(html, t);
    } else {
      html.text(f.value().map(v -> t.figure(v) + unit).or(f::comment).orElse("—"));
    }
    html.end("td").end("tr").newline();
  }

  private static void equity(HtmlWriter html, ProgrammeSummary summary, String id, Texts t) {
    Disclosure disclosure = summary.disclosure();
    html.start("section").attr("id", id).attr("class", "equity").newline().element("h2", t.get("section.equity")).newline();
    html.start("p").attr("class", "lead").text(t.get("equity.lead", disclosure.threshold())).end("p").newline();
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
        String words = t.dimension(dimension);
        html.start("article").attr("class", "equity-table").start("h3").text(indicator.title() + " ")
            .start("span").attr("class", "meta").text(t.get("equity.byDimension", words)).end("span").end("h3").newline();
        List<SchoolYear> years = new ArrayList<>(cells.keySet());
        SchoolYear latest = years.get(years.size() - 1);
        EquityChart.render(html, indicator.title(), words, latest, cells.get(latest), unit, id + "-chart-" + charts++, t);
        if (indicator.measure() == Measure.PERCENTAGE) {
          GapChart.render(html, indicator.title() + " " + latest, dev.kansen.analysis.BreakdownGaps.of(figures.get(latest),
              dimension, "high", disclosure, dev.kansen.analysis.IntervalMethod.NEWCOMBE_HYBRID_SCORE), id + "-gap-" + charts,
              EquityLabels.of(t));
        }
        html.start("table").attr("class", "data compact").newline().element("caption", t.get("equity.by", indicator.title(), words))
            .newline().start("thead").start("tr");
        Table.headers(html, Character.toUpperCase(words.charAt(0)) + words.substring(1));
        years.forEach(y -> Table.numberHeader(html, y.toString()));
        html.end("tr").end("thead").newline().start("tbody").newline();
        for (String category : categories) {
          html.start("tr");
          Table.rowHeader(html, t.category(dimension, category));
          for (SchoolYear year : years) {
            html.start("td").attr("class", "num");
            PublishedCell cell = byCategory.getOrDefault(year, Map.of()).get(category);
            if (cell == null) {
              html.text("—");
            } else {
              cell(html, cell, unit, t);
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
          .text(t.get("equity.none")).end("p").newline();
    }
    html.end("section").newline();
  }

  /** Writes a breakdown cell's content: its value with the pupils it rests on, or that it was suppressed. */
  static void cell(HtmlWriter html, PublishedCell c, String unit, Texts t) {
    if (c.suppressed()) {
      suppressed(html, t);
      return;
    }
    html.text(c.value().map(v -> t.figure(v) + unit).orElse("—"));
    c.pupils().stream().findFirst().ifPresent(p -> html.text(" ").start("span").attr("class", "meta")
        .text("(n = " + p + ")").end("span"));
  }

  private static void suppressed(HtmlWriter html, Texts t) {
    html.start("span").attr("class", "suppressed").text(t.get("equity.suppressed")).end("span");
  }
}
