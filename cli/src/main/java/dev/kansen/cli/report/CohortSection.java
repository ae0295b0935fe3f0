package dev.kansen.cli.report;

import dev.kansen.analysis.BandAdvice;
import dev.kansen.analysis.CohortEquity;
import dev.kansen.analysis.Disclosure;
import dev.kansen.analysis.EquityFigure;
import dev.kansen.analysis.GroupShare;
import dev.kansen.analysis.ProportionGap;
import dev.kansen.model.AdviceLevel;
import dev.kansen.model.CohortTable;
import dev.kansen.model.Programme;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report's section on a programme's cohort tables: for each table and measure, each group's share
 * with its gap against high parental education as a number and as an error bar, and the school advice
 * within each test result. Everything comes from {@link CohortEquity} through the programme's disclosure
 * control; the texts come from {@link EquityLabels}.
 */
final class CohortSection {
  private CohortSection() {}

  static void render(HtmlWriter html, Programme programme, Disclosure disclosure, String id, EquityLabels labels) {
    if (programme.cohortTables().isEmpty()) {
      return;
    }
    html.start("section").attr("class", "cohorts").attr("id", id).newline().element("h2", labels.heading())
        .newline().start("p").attr("class", "note").text(labels.note()).end("p").newline();
    int chart = 0;
    for (CohortTable table : programme.cohortTables()) {
      CohortEquity equity = CohortEquity.of(table, disclosure);
      String municipality = programme.municipalities().stream().filter(m -> m.code().equals(table.municipality()))
          .map(m -> m.name()).findFirst().orElse(table.municipality().value());
      html.element("h3", labels.table(table.schoolYear() + " · " + municipality
          + table.area().map(a -> " · " + a).orElse(""), labels.of(table.test()))).newline();
      table.description().ifPresent(d -> html.start("p").attr("class", "description").text(d).end("p").newline());
      for (EquityFigure figure : equity.figures()) {
        html.element("h4", labels.of(figure.measure())).newline();
        gaps(html, figure, labels);
        GapChart.render(html, labels.of(figure.measure()), figure.gaps(), id + "-gap-" + chart++, labels);
      }
      adviceByResult(html, equity.adviceByTestResult(), labels);
    }
    html.end("section").newline();
  }

  private static void gaps(HtmlWriter html, EquityFigure figure, EquityLabels labels) {
    html.start("table").attr("class", "data compact equity").start("thead").start("tr");
    for (String column : labels.gapColumns()) {
      html.element("th", column);
    }
    html.end("tr").end("thead").start("tbody").newline();
    row(html, figure.total(), Optional.empty(), false, labels);
    for (GroupShare share : figure.groups()) {
      Optional<ProportionGap> gap = figure.gaps().stream().filter(g -> g.group().equals(share.group())).findFirst();
      row(html, share, gap, figure.gaps().stream().anyMatch(g -> g.reference().equals(share.group())), labels);
    }
    html.end("tbody").end("table").newline();
  }

  private static void row(HtmlWriter html, GroupShare share, Optional<ProportionGap> gap, boolean reference,
      EquityLabels labels) {
    html.start("tr").element("th", labels.group(share.group()));
    if (share.suppressed()) {
      html.start("td").attr("colspan", 4).attr("class", "suppressed").text(labels.withheld(share.suppression()))
          .end("td");
    } else {
      html.element("td", labels.percent(share.proportion().get().share()))
          .element("td", Long.toString(share.proportion().get().pupils()))
          .element("td", gap.map(g -> labels.points(g.gap())).orElse(reference ? labels.reference() : "—"))
          .element("td", gap.map(g -> labels.interval(g.lower(), g.upper())).orElse("—"));
    }
    html.end("tr").newline();
  }

  private static void adviceByResult(HtmlWriter html, List<BandAdvice> bands, EquityLabels labels) {
    if (bands.isEmpty()) {
      return;
    }
    Set<AdviceLevel> levels = EnumSet.noneOf(AdviceLevel.class);
    bands.forEach(b -> levels.addAll(b.advice().keySet()));
    Map<String, List<BandAdvice>> byGroup = new LinkedHashMap<>();
    bands.forEach(b -> byGroup.computeIfAbsent(b.group(), g -> new java.util.ArrayList<>()).add(b));
    html.element("h4", labels.adviceByResult()).newline().start("table").attr("class", "data compact advice-by-result")
        .start("thead").start("tr").element("th", labels.group()).element("th", labels.testResult());
    levels.forEach(l -> html.element("th", labels.of(l)));
    html.end("tr").end("thead").start("tbody").newline();
    byGroup.forEach((group, rows) -> {
      for (BandAdvice row : rows) {
        html.start("tr").element("th", labels.group(group)).element("td", row.testResult());
        if (row.suppressed()) {
          html.start("td").attr("colspan", Math.max(1, levels.size())).attr("class", "suppressed")
              .text(labels.withheld(row.suppression())).end("td");
        } else {
          for (AdviceLevel level : levels) {
            long count = row.advice().getOrDefault(level, 0L);
            html.element("td", labels.percent((double) count / row.pupils()));
          }
        }
        html.end("tr").newline();
      }
    });
    html.end("tbody").end("table").newline();
  }
}
