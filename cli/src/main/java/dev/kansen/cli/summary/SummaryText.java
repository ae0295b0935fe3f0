package dev.kansen.cli.summary;

import dev.kansen.analysis.DatedFigure;
import dev.kansen.analysis.FunderFunding;
import dev.kansen.analysis.IndicatorProgress;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.analysis.PublishedFigure;
import dev.kansen.cli.text.Texts;
import dev.kansen.model.Indicator;
import dev.kansen.model.Measure;
import java.math.BigDecimal;
import java.util.Locale;
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
   * Writes the summary in English.
   *
   * @param summary the summary
   * @param out receives each line, without its line end
   */
  public static void write(ProgrammeSummary summary, Consumer<String> out) {
    write(summary, Texts.of(Locale.ENGLISH), out);
  }

  /**
   * @param summary the summary
   * @param texts the language to write in
   * @param out receives each line, without its line end
   */
  public static void write(ProgrammeSummary summary, Texts texts, Consumer<String> out) {
    var programme = summary.programme();
    out.accept(programme.title() + " (" + programme.id() + ")");
    out.accept(texts.get("summary.period", programme.period().map(texts::period).orElse(texts.get("summary.notKnown"))));
    out.accept("");
    TimeAndSources.text(programme, texts, out);
    out.accept(texts.get("summary.partners", summary.partnerCount()) + (summary.organisationCount() == summary.partnerCount() ? ""
        : texts.get("summary.standingFor", summary.organisationCount())));
    counts(texts.get("summary.byType"), summary.partnersByType(), texts, out);
    counts(texts.get("summary.byRole"), summary.partnersByRole(), texts, out);
    out.accept("");
    if (!programme.alliance().members().isEmpty()) {
      out.accept(texts.get("summary.allianceMembers"));
      programme.alliance().members().forEach(m -> out.accept("  " + m.municipality() + ": " + FactWords.membership(m, texts)));
      out.accept("");
    }
    out.accept(texts.get("summary.interventions", summary.interventionCount()));
    counts(texts.get("summary.byType"), summary.interventionsByType(), texts, out);
    counts(texts.get("summary.byStatus"), summary.interventionsByStatus(), texts, out);
    out.accept("");
    out.accept(texts.get("summary.funding") + (summary.funding().funders().isEmpty() ? " " + texts.get("summary.none") : ""));
    String[] columns = {texts.get("summary.granted"), texts.get("summary.allocated"), texts.get("summary.unallocated")};
    int width = java.util.Arrays.stream(columns).mapToInt(String::length).max().orElse(0) + 1;
    for (FunderFunding f : summary.funding().funders()) {
      int grants = f.grants().size();
      BigDecimal unallocated = ProgrammeSummary.unallocated(f.unallocated(), f.overAllocated());
      out.accept("  " + summary.funderName(f) + " (" + f.funder() + "), " + texts.count(grants, "grant"));
      out.accept("    " + pad(columns[0], width) + texts.money(f.granted()));
      out.accept("    " + pad(columns[1], width) + texts.money(f.allocated()));
      out.accept("    " + pad(columns[2], width) + texts.money(f.currency(), unallocated)
          + (unallocated.signum() < 0 ? "  (" + texts.get("summary.overAllocated") + ")" : ""));
    }
    out.accept("");
    out.accept(texts.get("summary.indicators") + (summary.indicators().isEmpty() ? " " + texts.get("summary.none") : ""));
    String[] rows = {texts.get("summary.baseline"), texts.get("summary.actual"), texts.get("summary.target"),
        texts.get("summary.progress")};
    int rowWidth = java.util.Arrays.stream(rows).mapToInt(String::length).max().orElse(0) + 1;
    for (int i = 0; i < summary.indicators().size(); i++) {
      Indicator indicator = summary.indicator(i);
      IndicatorProgress p = summary.indicators().get(i);
      out.accept("  " + indicator.title() + " (" + indicator.id() + ")");
      out.accept("    " + pad(rows[0], rowWidth) + figure(p.baseline(), indicator.measure(), texts));
      out.accept("    " + pad(rows[1], rowWidth) + figure(p.latestActual(), indicator.measure(), texts));
      out.accept("    " + pad(rows[2], rowWidth) + figure(p.latestTarget(), indicator.measure(), texts));
      out.accept("    " + pad(rows[3], rowWidth) + ProgrammeSummary.wholePercent(p)
          .map(v -> texts.get("summary.progressOfTheWay", texts.percent(v))).orElse(texts.get("summary.notKnown")));
      TimeAndSources.text(indicator, p, texts, out);
    }
    OabSummary.text(summary, texts, out);
    EquityText.write(summary, texts, out);
  }

  /** Writes one table of counts, its labels padded to the longest label plus two spaces. */
  private static void counts(String heading, Map<? extends Enum<?>, Integer> counts, Texts texts, Consumer<String> out) {
    out.accept("  " + heading + ":");
    int width = counts.keySet().stream().mapToInt(key -> texts.capitalised(key).length()).max().orElse(0) + 2;
    counts.forEach((key, n) -> out.accept("    " + pad(texts.capitalised(key), width) + n));
  }

  private static String figure(Optional<DatedFigure> dated, Measure measure, Texts texts) {
    if (dated.isEmpty()) {
      return texts.get("summary.none");
    }
    PublishedFigure f = dated.get().figure();
    String value = f.suppressed() ? texts.get("summary.suppressed")
        : f.value().map(v -> measure == Measure.PERCENTAGE ? texts.percent(v) : texts.figure(v))
            .or(f::comment).orElse(texts.get("summary.noValue"));
    return texts.get("summary.inSchoolYear", value, dated.get().schoolYear());
  }

  private static String pad(String label, int width) {
    return label + " ".repeat(Math.max(width - label.length(), 1));
  }
}
