package dev.kansen.cli.summary;

import dev.kansen.analysis.DatedFigure;
import dev.kansen.analysis.FunderFunding;
import dev.kansen.analysis.IndicatorProgress;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.analysis.PublishedFigure;
import dev.kansen.model.Indicator;
import dev.kansen.model.Measure;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes a {@link ProgrammeSummary} as plain text for a terminal, one line at a time. The lines
 * quote the programme's names and titles as they are: the receiver escapes control characters.
 */
public final class SummaryText {
  private SummaryText() {}

  /**
   * @param summary the summary
   * @param out receives each line, without its line end
   */
  public static void write(ProgrammeSummary summary, Consumer<String> out) {
    var programme = summary.programme();
    out.accept(programme.title() + " (" + programme.id() + ")");
    out.accept("Period: " + programme.period().map(p -> p.start() + " to " + p.end()).orElse("not known"));
    out.accept("");
    out.accept("Partners: " + summary.partnerCount() + (summary.organisationCount() == summary.partnerCount() ? ""
        : ", standing for " + summary.organisationCount() + " organisations (counted below)"));
    counts("by type", summary.partnersByType(), out);
    counts("by role", summary.partnersByRole(), out);
    out.accept("");
    if (!programme.alliance().members().isEmpty()) {
      out.accept("Alliance members:");
      programme.alliance().members().forEach(m -> out.accept("  " + m.municipality() + ": " + FactWords.membership(m)));
      out.accept("");
    }
    out.accept("Interventions: " + summary.interventionCount());
    counts("by type", summary.interventionsByType(), out);
    counts("by status", summary.interventionsByStatus(), out);
    out.accept("");
    out.accept("Funding by funder:" + (summary.funding().funders().isEmpty() ? " none" : ""));
    for (FunderFunding f : summary.funding().funders()) {
      int grants = f.grants().size();
      BigDecimal unallocated = ProgrammeSummary.unallocated(f.unallocated(), f.overAllocated());
      out.accept("  " + summary.funderName(f) + " (" + f.funder() + "), " + Counts.of(grants, "grant"));
      out.accept("    granted     " + Amounts.money(f.granted()));
      out.accept("    allocated   " + Amounts.money(f.allocated()));
      out.accept("    unallocated " + Amounts.money(f.currency(), unallocated)
          + (unallocated.signum() < 0 ? "  (over-allocated)" : ""));
    }
    out.accept("");
    out.accept("Indicators:" + (summary.indicators().isEmpty() ? " none" : ""));
    for (int i = 0; i < summary.indicators().size(); i++) {
      Indicator indicator = summary.indicator(i);
      IndicatorProgress p = summary.indicators().get(i);
      out.accept("  " + indicator.title() + " (" + indicator.id() + ")");
      out.accept("    baseline " + figure(p.baseline(), indicator.measure()));
      out.accept("    actual   " + figure(p.latestActual(), indicator.measure()));
      out.accept("    target   " + figure(p.latestTarget(), indicator.measure()));
      out.accept("    progress " + ProgrammeSummary.wholePercent(p)
          .map(v -> v.toPlainString() + "% of the way from baseline to target").orElse("not known"));
    }
  }

  /** Writes one table of counts, its labels padded to the longest label plus two spaces. */
  private static void counts(String heading, Map<? extends Enum<?>, Integer> counts, Consumer<String> out) {
    out.accept("  " + heading + ":");
    int width = counts.keySet().stream().mapToInt(key -> Labels.of(key).length()).max().orElse(0) + 2;
    counts.forEach((key, n) -> out.accept("    " + pad(Labels.of(key), width) + n));
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
