package dev.kansen.cli.summary;

import dev.kansen.analysis.CohortEquity;
import dev.kansen.analysis.EquityFigure;
import dev.kansen.analysis.GroupShare;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.analysis.ProportionGap;
import dev.kansen.cli.report.EquityLabels;
import dev.kansen.model.CohortTable;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The text summary's equity lines: per cohort table and measure, each group's share and its gap with
 * the 95% interval, or why it is withheld. Texts come from {@link EquityLabels}.
 */
final class EquityText {
  private EquityText() {}

  static void write(ProgrammeSummary summary, Consumer<String> out) {
    if (summary.programme().cohortTables().isEmpty()) {
      return;
    }
    out.accept("");
    out.accept(EquityLabels.HEADING + ":");
    for (CohortTable table : summary.programme().cohortTables()) {
      out.accept("  " + EquityLabels.table(table.schoolYear() + " " + table.municipality().value()
          + table.area().map(a -> " " + a).orElse(""), EquityLabels.of(table.test())) + " (" + table.id() + ")");
      for (EquityFigure figure : CohortEquity.of(table, summary.disclosure()).figures()) {
        out.accept("    " + EquityLabels.of(figure.measure()));
        line(figure.total(), Optional.empty(), out);
        for (GroupShare share : figure.groups()) {
          line(share, figure.gaps().stream().filter(g -> g.group().equals(share.group())).findFirst(), out);
        }
      }
    }
  }

  private static void line(GroupShare share, Optional<ProportionGap> gap, Consumer<String> out) {
    String text = share.suppressed() ? EquityLabels.withheld(share.suppression())
        : String.format(Locale.ROOT, "%.1f%% of %d", share.proportion().get().share() * 100,
            share.proportion().get().pupils())
            + gap.map(g -> String.format(Locale.ROOT, ", gap %+.1f pp (95%%: %+.1f to %+.1f)", g.gap() * 100,
                g.lower() * 100, g.upper() * 100)).orElse("");
    out.accept("      " + EquityLabels.group(share.group()) + ": " + text);
  }
}
