package dev.kansen.cli.report;

import dev.kansen.analysis.CohortEquity;
import dev.kansen.analysis.Disclosure;
import dev.kansen.analysis.EquityMeasure;
import dev.kansen.analysis.Funnel;
import dev.kansen.model.CohortTable;
import dev.kansen.model.Programme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The report's comparison of municipalities across every programme in it: per school year, a funnel
 * plot of the share of pupils of parents with a low education whose school advice is below their test
 * advice, over the municipality-level cohort tables (those without a narrower area). Shown when a
 * year has at least two municipalities.
 */
final class ComparisonSection {
  /** The measure compared. */
  static final EquityMeasure MEASURE = EquityMeasure.BELOW_TEST_ADVICE;
  /** The group compared. */
  static final String GROUP = "low";

  private ComparisonSection() {}

  static void render(HtmlWriter html, List<Programme> programmes, Function<Programme, Disclosure> disclosures,
      int threshold, String id, EquityLabels labels) {
    Map<String, List<Funnel.Area>> byYear = new TreeMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Programme programme : programmes) {
      Map<String, String> names = new LinkedHashMap<>();
      programme.municipalities().forEach(m -> names.put(m.code().value(), m.name()));
      Disclosure disclosure = null;
      for (CohortTable table : programme.cohortTables()) {
        String key = table.schoolYear() + " " + table.municipality().value();
        if (table.area().isPresent() || !seen.add(key)) {
          continue;
        }
        if (disclosure == null) {
          disclosure = disclosures.apply(programme);
        }
        byYear.computeIfAbsent(table.schoolYear().toString(), y -> new ArrayList<>()).add(new Funnel.Area(
            table.municipality().value(), names.getOrDefault(table.municipality().value(), table.municipality().value()),
            CohortEquity.of(table, disclosure).figure(MEASURE)));
      }
    }
    byYear.values().removeIf(areas -> areas.size() < 2);
    if (byYear.isEmpty()) {
      return;
    }
    html.start("section").attr("class", "comparison").attr("id", id).newline()
        .element("h2", labels.comparison()).newline()
        .start("p").attr("class", "note").text(labels.comparisonNote()).end("p").newline();
    int chart = 0;
    for (Map.Entry<String, List<Funnel.Area>> year : byYear.entrySet()) {
      Funnel funnel = Funnel.of(MEASURE, GROUP, year.getKey(), year.getValue());
      html.element("h3", labels.funnel(MEASURE, GROUP, year.getKey())).newline();
      FunnelChart.render(html, funnel, threshold, id + "-funnel-" + chart++, labels);
    }
    html.end("section").newline();
  }

}
