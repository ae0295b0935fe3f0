package dev.kansen.cli.summary;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON form of a {@link ProgrammeSummary}, for scripts. Amounts and figures are exact decimal
 * numbers; suppressed figures carry {@code "suppressed": true} and no value.
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
    programme.put("start", summary.programme().period().start().toString());
    programme.put("end", summary.programme().period().end().toString());

    ObjectNode partners = root.putObject("partners");
    partners.put("total", summary.partnerCount());
    counts(partners.putObject("byType"), summary.partnersByType());
    counts(partners.putObject("byRole"), summary.partnersByRole());

    ObjectNode interventions = root.putObject("interventions");
    interventions.put("total", summary.interventionCount());
    counts(interventions.putObject("byType"), summary.interventionsByType());
    counts(interventions.putObject("byStatus"), summary.interventionsByStatus());

    var funding = root.putArray("funding");
    for (FundingTotal f : summary.funding()) {
      ObjectNode o = funding.addObject();
      o.put("funder", f.funder());
      o.put("funderName", f.funderName());
      o.put("currency", f.currency().getCurrencyCode());
      o.put("grants", f.grants());
      o.set("granted", DecimalNode.valueOf(f.granted()));
      o.set("allocated", DecimalNode.valueOf(f.allocated()));
      o.set("unallocated", DecimalNode.valueOf(f.unallocated()));
    }

    var indicators = root.putArray("indicators");
    for (IndicatorProgress p : summary.indicators()) {
      ObjectNode o = indicators.addObject();
      o.put("id", p.indicator().id());
      o.put("title", p.indicator().title());
      o.put("measure", p.indicator().measure().name());
      p.indicator().unit().ifPresent(u -> o.put("unit", u));
      figure(o, "baseline", p.baseline());
      figure(o, "actual", p.actual());
      figure(o, "target", p.target());
      p.progressPercent().ifPresentOrElse(v -> o.set("progressPercent", DecimalNode.valueOf(v)), () -> o.putNull("progressPercent"));
    }
    return root;
  }

  private static void counts(ObjectNode node, Map<? extends Enum<?>, Integer> counts) {
    counts.forEach((k, v) -> node.put(k.name(), v));
  }

  private static void figure(ObjectNode parent, String name, Optional<Figure> figure) {
    if (figure.isEmpty()) {
      parent.putNull(name);
      return;
    }
    Figure f = figure.get();
    ObjectNode o = parent.putObject(name);
    o.put("schoolYear", f.schoolYear().toString());
    f.value().ifPresent(v -> o.set("value", DecimalNode.valueOf(v)));
    o.put("suppressed", f.suppressed());
    f.comment().ifPresent(c -> o.put("comment", c));
  }
}
