package dev.kansen.cli.summary;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kansen.analysis.DatedFigure;
import dev.kansen.analysis.FunderFunding;
import dev.kansen.analysis.IndicatorProgress;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.analysis.PublishedFigure;
import dev.kansen.model.Indicator;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON form of a {@link ProgrammeSummary}, for scripts. Amounts of money are exact decimal
 * strings in plain notation ({@code "50000.00"}), as the programme format writes them, so that no
 * reader turns them into floating-point numbers; indicator figures are exact decimal numbers.
 * Suppressed figures carry {@code "suppressed": true} and neither value nor comment.
 */
public final class SummaryJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SummaryJson() {}

  /**
   * @param summary the summary
   * @return its JSON tree
   */
  public static ObjectNode of(ProgrammeSummary summary) {
    ObjectNode root = NODES.objectNode();
    ObjectNode programme = root.putObject("programme");
    programme.put("id", summary.programme().id());
    programme.put("title", summary.programme().title());
    ObjectNode period = programme.putObject("period");
    period.put("start", summary.programme().period().start().toString());
    period.put("end", summary.programme().period().end().toString());

    ObjectNode partners = root.putObject("partners");
    partners.put("total", summary.partnerCount());
    counts(partners.putObject("byType"), summary.partnersByType());
    counts(partners.putObject("byRole"), summary.partnersByRole());

    ObjectNode interventions = root.putObject("interventions");
    interventions.put("total", summary.interventionCount());
    counts(interventions.putObject("byType"), summary.interventionsByType());
    counts(interventions.putObject("byStatus"), summary.interventionsByStatus());

    var funding = root.putArray("funding");
    for (FunderFunding f : summary.funding().funders()) {
      ObjectNode o = funding.addObject();
      o.put("funder", f.funder());
      o.put("funderName", summary.funderName(f));
      o.put("currency", f.currency().getCurrencyCode());
      o.put("grants", f.grants().size());
      o.put("granted", f.granted().amount().toPlainString());
      o.put("allocated", f.allocated().amount().toPlainString());
      o.put("unallocated", ProgrammeSummary.unallocated(f.unallocated(), f.overAllocated()).toPlainString());
    }

    var indicators = root.putArray("indicators");
    for (int i = 0; i < summary.indicators().size(); i++) {
      Indicator indicator = summary.indicator(i);
      IndicatorProgress p = summary.indicators().get(i);
      ObjectNode o = indicators.addObject();
      o.put("id", indicator.id());
      o.put("title", indicator.title());
      o.put("measure", indicator.measure().name());
      indicator.unit().ifPresent(u -> o.put("unit", u));
      figure(o, "baseline", p.baseline());
      figure(o, "actual", p.latestActual());
      figure(o, "target", p.latestTarget());
      ProgrammeSummary.wholePercent(p).ifPresentOrElse(v -> o.set("progressPercent", DecimalNode.valueOf(v)),
          () -> o.putNull("progressPercent"));
    }
    return root;
  }

  private static void counts(ObjectNode node, Map<? extends Enum<?>, Integer> counts) {
    counts.forEach((k, v) -> node.put(k.name(), v));
  }

  private static void figure(ObjectNode parent, String name, Optional<DatedFigure> figure) {
    if (figure.isEmpty()) {
      parent.putNull(name);
      return;
    }
    PublishedFigure f = figure.get().figure();
    ObjectNode o = parent.putObject(name);
    o.put("schoolYear", figure.get().schoolYear().toString());
    f.value().ifPresent(v -> o.set("value", DecimalNode.valueOf(v)));
    o.put("suppressed", f.suppressed());
    f.comment().ifPresent(c -> o.put("comment", c));
  }
}
