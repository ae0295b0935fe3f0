package dev.kansen.cli.summary;

import dev.kansen.analysis.CohortEquity;
import dev.kansen.analysis.EquityFigure;
import dev.kansen.analysis.GroupShare;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.analysis.ProportionGap;
import dev.kansen.cli.report.EquityLabels;
import dev.kansen.cli.text.Texts;
import dev.kansen.model.CohortTable;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The text summary's equity lines: per cohort table and measure, each group's share and its gap with
 * the 95% interval, or why it is withheld. Texts come from {@link EquityLabels} in the summary's language.
 */
final class EquityText {
  private EquityText() {}

  static void write(ProgrammeSummary summary, Texts texts, Consumer<String> out) {
    EquityLabels labels = EquityLabels.of(texts);
    if (summary.programme().cohortTables().isEmpty()) {
      return;
    }
    out.accept("");
    out.accept(labels.heading() + ":");
    for (CohortTable table : summary.programme().cohortTables()) {
      out.accept("  " + labels.table(table.schoolYear() + " " + table.municipality().value()
          + table.area().map(a -> " " + a).orElse(""), labels.of(table.test())) + " (" + table.id() + ")");
      for (EquityFigure figure : CohortEquity.of(table, summary.disclosure()).figures()) {
        out.accept("    " + labels.of(figure.measure()));
        line(figure.total(), Optional.empty(), labels, out);
        for (GroupShare share : figure.groups()) {
          line(share, figure.gaps().stream().filter(g -> g.group().equals(share.group())).findFirst(), labels, out);
        }
      }
    }
  }

  private static void line(GroupShare share, Optional<ProportionGap> gap, EquityLabels labels, Consumer<String> out) {
    String text = share.suppressed() ? labels.withheld(share.suppression())
        : labels.shareOf(share.proportion().get().share(), share.proportion().get().pupils())
            + gap.map(g -> labels.gapLine(g.gap(), g.lower(), g.upper())).orElse("");
    out.accept("      " + labels.group(share.group()) + ": " + text);
  }
}
