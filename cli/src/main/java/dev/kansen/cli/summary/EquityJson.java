package dev.kansen.cli.summary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kansen.analysis.CohortEquity;
import dev.kansen.analysis.EquityFigure;
import dev.kansen.analysis.GroupShare;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.analysis.ProportionGap;
import dev.kansen.model.CohortTable;

/**
 * The summary JSON's {@code "equity"}: per cohort table and measure, every group's share as published
 * (or {@code "withheld": true} with the reason) and every gap with its interval, so an auditor sees
 * exactly what the report shows. Shares, gaps and limits are fractions (0.125 is 12.5 percentage points).
 */
final class EquityJson {
  private EquityJson() {}

  static void write(ObjectNode root, ProgrammeSummary summary) {
    if (summary.programme().cohortTables().isEmpty()) {
      return;
    }
    ArrayNode tables = root.putArray("equity");
    for (CohortTable table : summary.programme().cohortTables()) {
      ObjectNode t = tables.addObject();
      t.put("cohortTable", table.id());
      t.put("schoolYear", table.schoolYear().toString());
      t.put("municipality", table.municipality().value());
      table.area().ifPresent(a -> t.put("area", a));
      t.put("test", table.test().name());
      ArrayNode figures = t.putArray("figures");
      for (EquityFigure figure : CohortEquity.of(table, summary.disclosure()).figures()) {
        ObjectNode f = figures.addObject();
        f.put("measure", figure.measure().name());
        ArrayNode groups = f.putArray("groups");
        share(groups.addObject(), figure.total());
        figure.groups().forEach(g -> share(groups.addObject(), g));
        ArrayNode gaps = f.putArray("gaps");
        for (ProportionGap gap : figure.gaps()) {
          ObjectNode g = gaps.addObject();
          g.put("group", gap.group());
          g.put("reference", gap.reference());
          g.put("gap", gap.gap());
          g.put("lower", gap.lower());
          g.put("upper", gap.upper());
          g.put("method", gap.method().name());
        }
      }
    }
  }

  private static void share(ObjectNode o, GroupShare share) {
    o.put("group", share.group());
    if (share.suppressed()) {
      o.put("withheld", true);
      o.put("reason", share.suppression().reason());
    } else {
      o.put("pupils", share.proportion().get().pupils());
      o.put("share", share.proportion().get().share());
    }
  }
}
