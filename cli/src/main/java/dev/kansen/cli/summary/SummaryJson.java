package dev.kansen.cli.summary;

import dev.kansen.model.WireNames;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kansen.analysis.DatedFigure;
import dev.kansen.analysis.FunderFunding;
import dev.kansen.analysis.IndicatorProgress;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.analysis.Disclosure;
import dev.kansen.analysis.PublishedCell;
import dev.kansen.analysis.PublishedFigure;
import dev.kansen.analysis.Suppression;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measurement;
import dev.kansen.model.Indicator;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON form of a {@link ProgrammeSummary}, for scripts. Amounts of money are exact decimal
 * strings in plain notation ({@code "50000.00"}), as the programme format writes them, so that no
 * reader turns them into floating-point numbers; indicator figures are exact decimal numbers.
 * Suppressed figures carry {@code "suppressed": true} and neither value nor comment.
 *
 * <p>For audit, each indicator lists under {@code "figures"} every figure the summary and the report
 * publish — each baseline, target and actual with its school year, value and pupils — and, for
 * baselines and actuals (the figures the report breaks down), every breakdown cell with its
 * dimension, category, pupils and value. A withheld figure or cell says {@code "withheld": true} and
 * its {@code "reason"} (a {@link Suppression} name) instead of any number.
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
    summary.programme().period().ifPresent(range -> {
      ObjectNode period = programme.putObject("period");
      period.put("start", range.start().toString());
      period.put("end", range.end().toString());
    });

    ObjectNode partners = root.putObject(WireNames.PARTNERS);
    partners.put("total", summary.partnerCount());
    partners.put("organisations", summary.organisationCount());
    counts(partners.putObject("byType"), summary.partnersByType());
    counts(partners.putObject("byRole"), summary.partnersByRole());

    ObjectNode interventions = root.putObject(WireNames.INTERVENTIONS);
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
      published(o.putArray("figures"), indicator, summary.disclosure());
      TimeAndSources.json(o, indicator, p);
    }
    TimeAndSources.json(root, summary.programme());
    OabSummary.json(summary, root);
    EquityJson.write(root, summary);
    return root;
  }

  /** Every figure of an indicator as published, with the breakdown cells the report shows. */
  private static void published(com.fasterxml.jackson.databind.node.ArrayNode figures, Indicator indicator,
      Disclosure disclosure) {
    indicator.baseline().ifPresent(b -> published(figures.addObject(), "baseline", b.schoolYear().toString(), b,
        disclosure, true));
    for (IndicatorPeriod period : indicator.periods()) {
      period.target().ifPresent(t -> published(figures.addObject(), "target", period.schoolYear().toString(), t,
          disclosure, false));
      period.actual().ifPresent(a -> published(figures.addObject(), "actual", period.schoolYear().toString(), a,
          disclosure, true));
    }
  }

  private static void published(ObjectNode o, String kind, String schoolYear, Measurement measurement,
      Disclosure disclosure, boolean withCells) {
    o.put("figure", kind);
    o.put("schoolYear", schoolYear);
    TimeAndSources.json(o, measurement);
    PublishedFigure f = disclosure.figure(measurement);
    if (f.suppressed()) {
      withheld(o, f.suppression());
    } else {
      f.pupils().ifPresent(n -> o.put("pupils", n));
      f.value().ifPresent(v -> o.set("value", DecimalNode.valueOf(v)));
      f.comment().ifPresent(c -> o.put("comment", c));
    }
    if (withCells && !measurement.breakdowns().isEmpty()) {
      var cells = o.putArray("breakdowns");
      for (PublishedCell c : disclosure.cells(measurement)) {
        ObjectNode cell = cells.addObject();
        cell.put("dimension", c.dimension());
        cell.put("category", c.category());
        if (c.suppressed()) {
          withheld(cell, c.suppression());
        } else {
          c.pupils().ifPresent(n -> cell.put("pupils", n));
          c.value().ifPresent(v -> cell.set("value", DecimalNode.valueOf(v)));
        }
      }
    }
  }

  private static void withheld(ObjectNode o, Suppression suppression) {
    o.put("withheld", true);
    o.put("reason", suppression.name());
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
