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
import java.util.Locale;
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

  static void render(HtmlWriter html, Programme programme, Disclosure disclosure, String id) {
    if (programme.cohortTables().isEmpty()) {
      return;
    }
    html.start("section").attr("class", "cohorts").attr("id", id).newline().element("h2", EquityLabels.HEADING)
        .newline().start("p").attr("class", "note").text(EquityLabels.NOTE).end("p").newline();
    int chart = 0;
    for (CohortTable table : programme.cohortTables()) {
      CohortEquity equity = CohortEquity.of(table, disclosure);
      String municipality = programme.municipalities().stream().filter(m -> m.code().equals(table.municipality()))
          .map(m -> m.name()).findFirst().orElse(table.municipality().value());
      html.element("h3", EquityLabels.table(table.schoolYear() + " · " + municipality
          + table.area().map(a -> " · " + a).orElse(""), EquityLabels.of(table.test()))).newline();
      table.description().ifPresent(d -> html.start("p").attr("class", "description").text(d).end("p").newline());
      for (EquityFigure figure : equity.figures()) {
        html.element("h4", EquityLabels.of(figure.measure())).newline();
        gaps(html, figure);
        GapChart.render(html, EquityLabels.of(figure.measure()), figure.gaps(), id + "-gap-" + chart++);
      }
      adviceByResult(html, equity.adviceByTestResult());
    }
    html.end("section").newline();
  }

  private static void gaps(HtmlWriter html, EquityFigure figure) {
    html.start("table").attr("class", "data compact equity").start("thead").start("tr");
    for (String column : EquityLabels.GAP_COLUMNS) {
      html.element("th", column);
    }
    html.end("tr").end("thead").start("tbody").newline();
    row(html, figure.total(), Optional.empty(), false);
    for (GroupShare share : figure.groups()) {
      Optional<ProportionGap> gap = figure.gaps().stream().filter(g -> g.group().equals(share.group())).findFirst();
      row(html, share, gap, figure.gaps().stream().anyMatch(g -> g.reference().equals(share.group())));
    }
    html.end("tbody").end("table").newline();
  }

  private static void row(HtmlWriter html, GroupShare share, Optional<ProportionGap> gap, boolean reference) {
    html.start("tr").element("th", EquityLabels.group(share.group()));
    if (share.suppressed()) {
      html.start("td").attr("colspan", 4).attr("class", "suppressed").text(EquityLabels.withheld(share.suppression()))
          .end("td");
    } else {
      html.element("td", percent(share.proportion().get().share()))
          .element("td", Long.toString(share.proportion().get().pupils()))
          .element("td", gap.map(g -> points(g.gap())).orElse(reference ? EquityLabels.REFERENCE : "—"))
          .element("td", gap.map(g -> points(g.lower()) + " to " + points(g.upper())).orElse("—"));
    }
    html.end("tr").newline();
  }

  private static void adviceByResult(HtmlWriter html, List<BandAdvice> bands) {
    if (bands.isEmpty()) {
      return;
    }
    Set<AdviceLevel> levels = EnumSet.noneOf(AdviceLevel.class);
    bands.forEach(b -> levels.addAll(b.advice().keySet()));
    Map<String, List<BandAdvice>> byGroup = new LinkedHashMap<>();
    bands.forEach(b -> byGroup.computeIfAbsent(b.group(), g -> new java.util.ArrayList<>()).add(b));
    html.element("h4", EquityLabels.ADVICE_BY_RESULT).newline().start("table").attr("class", "data compact advice-by-result")
        .start("thead").start("tr").element("th", EquityLabels.GAP_COLUMNS[0]).element("th", EquityLabels.TEST_RESULT);
    levels.forEach(l -> html.element("th", l.label()));
    html.end("tr").end("thead").start("tbody").newline();
    byGroup.forEach((group, rows) -> {
      for (BandAdvice row : rows) {
        html.start("tr").element("th", EquityLabels.group(group)).element("td", row.testResult());
        if (row.suppressed()) {
          html.start("td").attr("colspan", Math.max(1, levels.size())).attr("class", "suppressed")
              .text(EquityLabels.withheld(row.suppression())).end("td");
        } else {
          for (AdviceLevel level : levels) {
            long count = row.advice().getOrDefault(level, 0L);
            html.element("td", percent((double) count / row.pupils()));
          }
        }
        html.end("tr").newline();
      }
    });
    html.end("tbody").end("table").newline();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String points(double gap) {
    return GapChart.points(gap);
  }
}
