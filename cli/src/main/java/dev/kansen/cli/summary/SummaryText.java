package dev.kansen.cli.summary;

import dev.kansen.model.Measure;
import java.io.PrintWriter;
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
    counts(summary.partnersByType(), out);
    out.println("  by role:");
    summary.partnersByRole().forEach((role, n) -> out.println("    " + pad(Labels.of(role)) + n));
    out.println();
    out.println("Interventions: " + summary.interventionCount());
    out.println("  by type:");
    summary.interventionsByType().forEach((type, n) -> out.println("    " + pad(Labels.of(type)) + n));
    out.println("  by status:");
    summary.interventionsByStatus().forEach((status, n) -> out.println("    " + pad(Labels.of(status)) + n));
    out.println();
    out.println("Funding by funder:" + (summary.funding().isEmpty() ? " none" : ""));
    for (FundingTotal f : summary.funding()) {
      out.println("  " + f.funderName() + " (" + f.funder() + "), " + f.grants() + (f.grants() == 1 ? " grant" : " grants"));
      out.println("    granted     " + Amounts.money(f.currency(), f.granted()));
      out.println("    allocated   " + Amounts.money(f.currency(), f.allocated()));
      out.println("    unallocated " + Amounts.money(f.currency(), f.unallocated())
          + (f.unallocated().signum() < 0 ? "  (over-allocated)" : ""));
    }
    out.println();
    out.println("Indicators:" + (summary.indicators().isEmpty() ? " none" : ""));
    for (IndicatorProgress p : summary.indicators()) {
      out.println("  " + p.indicator().title() + " (" + p.indicator().id() + ")");
      out.println("    baseline " + figure(p.baseline(), p.indicator().measure()));
      out.println("    actual   " + figure(p.actual(), p.indicator().measure()));
      out.println("    target   " + figure(p.target(), p.indicator().measure()));
      out.println("    progress " + p.progressPercent().map(v -> v.toPlainString() + "% of the way from baseline to target")
          .orElse("not known"));
    }
    out.flush();
  }

  private static void counts(Map<? extends Enum<?>, Integer> counts, PrintWriter out) {
    out.println("  by type:");
    counts.forEach((type, n) -> out.println("    " + pad(Labels.of(type)) + n));
  }

  private static String figure(Optional<Figure> figure, Measure measure) {
    if (figure.isEmpty()) {
      return "none";
    }
    Figure f = figure.get();
    String value = f.suppressed() ? "suppressed (too few pupils)"
        : f.value().map(v -> Amounts.figure(v) + (measure == Measure.PERCENTAGE ? "%" : ""))
            .or(f::comment).orElse("no value");
    return value + " in " + f.schoolYear();
  }

  private static String pad(String label) {
    return String.format("%-28s", label);
  }
}
