package dev.kansen.cli.summary;

import dev.kansen.analysis.DatedFigure;
import dev.kansen.analysis.FunderFunding;
import dev.kansen.analysis.IndicatorProgress;
import dev.kansen.analysis.PublishedFigure;
import dev.kansen.model.Indicator;
import dev.kansen.model.Measure;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** Writes a {@link ProgrammeSummary} as plain text for a terminal. */
public final class SummaryText {
  private SummaryText() {}

  /**
   * @param summary the summary
   * @param out where to write it
   */
  public static void write(ProgrammeSummary summary, PrintWriter out) {
    var programme = summary.programme();
    out.println(programme.title() + " (" + programme.id() + ")");
    out.println("Period: " + programme.period().start() + " to " + programme.period().end());
    out.println();
    out.println("Partners: " + summary.partnerCount());
    counts("by type", summary.partnersByType(), out);
    counts("by role", summary.partnersByRole(), out);
    out.println();
    out.println("Interventions: " + summary.interventionCount());
    counts("by type", summary.interventionsByType(), out);
    counts("by status", summary.interventionsByStatus(), out);
    out.println();
    out.println("Funding by funder:" + (summary.funding().funders().isEmpty() ? " none" : ""));
    for (FunderFunding f : summary.funding().funders()) {
      int grants = f.grants().size();
      BigDecimal unallocated = ProgrammeSummary.unallocated(f.unallocated(), f.overAllocated());
      out.println("  " + summary.funderName(f) + " (" + f.funder() + "), " + Counts.of(grants, "grant"));
      out.println("    granted     " + Amounts.money(f.granted()));
      out.println("    allocated   " + Amounts.money(f.allocated()));
      out.println("    unallocated " + Amounts.money(f.currency(), unallocated)
          + (unallocated.signum() < 0 ? "  (over-allocated)" : ""));
    }
    out.println();
    out.println("Indicators:" + (summary.indicators().isEmpty() ? " none" : ""));
    for (int i = 0; i < summary.indicators().size(); i++) {
      Indicator indicator = summary.indicator(i);
      IndicatorProgress p = summary.indicators().get(i);
      out.println("  " + indicator.title() + " (" + indicator.id() + ")");
      out.println("    baseline " + figure(p.baseline(), indicator.measure()));
      out.println("    actual   " + figure(p.latestActual(), indicator.measure()));
      out.println("    target   " + figure(p.latestTarget(), indicator.measure()));
      out.println("    progress " + ProgrammeSummary.wholePercent(p)
          .map(v -> v.toPlainString() + "% of the way from baseline to target").orElse("not known"));
    }
    out.flush();
  }

  /** Writes one table of counts, its labels padded to the longest label plus two spaces. */
  private static void counts(String heading, Map<? extends Enum<?>, Integer> counts, PrintWriter out) {
    out.println("  " + heading + ":");
    int width = counts.keySet().stream().mapToInt(key -> Labels.of(key).length()).max().orElse(0) + 2;
    counts.forEach((key, n) -> out.println("    " + pad(Labels.of(key), width) + n));
  }

  private static String figure(Optional<DatedFigure> dated, Measure measure) {
    if (dated.isEmpty()) {
      return "none";
    }
    PublishedFigure f = dated.get().figure();
    String value = f.suppressed() ? "suppressed (too few pupils)"
        : f.value().map(v -> Amounts.figure(v) + (measure == Measure.PERCENTAGE ? "%" : ""))
            .or(f::comment).orElse("no value");
    return value + " in " + dated.get().schoolYear();
  }

  private static String pad(String label, int width) {
    return label + " ".repeat(width - label.length());
  }
}
