package dev.kansen.cli.summary;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kansen.analysis.CategoryFunding;
import dev.kansen.analysis.EligibleReach;
import dev.kansen.analysis.FundingPerYear;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.analysis.YearFunding;
import dev.kansen.cli.text.Texts;
import dev.kansen.model.Money;
import java.util.function.Consumer;

/**
 * The summary's lines and JSON for the funding per calendar year (such as the OAB grant's) and for
 * reach against the eligible population. Money is written as exact decimal strings in JSON; an
 * eligible population that would reveal a group smaller than the threshold is withheld
 * ({@link EligibleReach}).
 */
public final class OabSummary {
  private OabSummary() {}

  /**
   * Writes the text lines, nothing when the programme has neither a grant with a year nor an
   * eligible population.
   *
   * @param summary the summary
   * @param texts the language
   * @param out receives each line
   */
  public static void text(ProgrammeSummary summary, Texts texts, Consumer<String> out) {
    FundingPerYear perYear = FundingPerYear.of(summary.programme());
    if (!perYear.isEmpty()) {
      out.accept("");
      out.accept(texts.get("oab.perYear"));
      String[] rows = {"awarded", "received", "coFinancing", "spent", "carriedOver", "repaid", "remaining"};
      int width = 0;
      for (int i = 0; i < rows.length; i++) {
        rows[i] = texts.get("oab." + rows[i]);
        width = Math.max(width, rows[i].length() + 2);
      }
      for (YearFunding y : perYear.years()) {
        out.accept("  " + y.year() + " (" + String.join(", ", y.grants()) + ")"
            + (y.closed() ? "" : texts.get("oab.notClosed")));
        out.accept("    " + pad(rows[0], width) + texts.money(y.awarded()));
        out.accept("    " + pad(rows[1], width) + texts.money(y.received()));
        out.accept("    " + pad(rows[2], width) + texts.money(y.coFinancing()));
        out.accept("    " + pad(rows[3], width) + texts.money(y.spent()));
        for (CategoryFunding c : y.categories()) {
          out.accept("      " + texts.get("oab.categoryLine", c.category(), texts.money(c.spent()), texts.money(c.budgeted())));
        }
        if (!y.uncategorised().isZero()) {
          out.accept("      " + texts.get("oab.uncategorised", texts.money(y.uncategorised())));
        }
        out.accept("    " + pad(rows[4], width) + texts.money(y.carriedOver()));
        out.accept("    " + pad(rows[5], width) + texts.money(y.repaid()));
        out.accept("    " + (y.shortfall().isZero() ? pad(rows[6], width) + texts.money(y.remaining())
            : texts.get("oab.shortfall", texts.money(y.shortfall()))));
      }
    }
    var reach = EligibleReach.of(summary.programme(), summary.disclosure().threshold());
    if (!reach.isEmpty()) {
      out.accept("");
      out.accept(texts.get("oab.reach"));
      for (EligibleReach r : reach) {
        out.accept("  " + summary.programme().intervention(r.intervention()).orElseThrow().title()
            + " (" + r.intervention() + "): " + reached(r, texts) + " " + texts.get(r.actual() ? "oab.reached" : "oab.planned")
            + (r.withheld() ? texts.get("oab.withheld", summary.disclosure().threshold())
                : " " + texts.get("oab.ofEligible", r.eligible().orElseThrow().count())
                    + r.percent().map(p -> " (" + texts.plainPercent(p) + ")").orElse("")));
      }
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(1, width - text.length()));
  }

  /**
   * Adds {@code "fundingPerYear"} and {@code "eligibleReach"} to the summary's JSON.
   *
   * @param summary the summary
   * @param root the summary's JSON object
   */
  public static void json(ProgrammeSummary summary, ObjectNode root) {
    var years = root.putArray("fundingPerYear");
    for (YearFunding y : FundingPerYear.of(summary.programme()).years()) {
      ObjectNode o = years.addObject();
      o.put("year", y.year());
      o.put("currency", y.currency().getCurrencyCode());
      var grants = o.putArray("grants");
      y.grants().forEach(grants::add);
      o.put("closed", y.closed());
      money(o, "awarded", y.awarded());
      money(o, "received", y.received());
      money(o, "coFinancing", y.coFinancing());
      money(o, "spent", y.spent());
      var categories = o.putArray("categories");
      for (CategoryFunding c : y.categories()) {
        ObjectNode cat = categories.addObject();
        cat.put("category", c.category());
        money(cat, "budgeted", c.budgeted());
        money(cat, "spent", c.spent());
        money(cat, "repaid", c.repaid());
      }
      money(o, "uncategorised", y.uncategorised());
      money(o, "carriedOver", y.carriedOver());
      money(o, "repaid", y.repaid());
      money(o, "remaining", y.remaining());
      money(o, "shortfall", y.shortfall());
    }
    var reach = root.putArray("eligibleReach");
    for (EligibleReach r : EligibleReach.of(summary.programme(), summary.disclosure().threshold())) {
      ObjectNode o = reach.addObject();
      o.put("intervention", r.intervention());
      o.put("reached", r.reached().count());
      o.put("unit", r.reached().unit().name());
      o.put("actual", r.actual());
      if (r.withheld()) {
        o.put("withheld", true);
      } else {
        o.put("eligible", r.eligible().orElseThrow().count());
        o.put("eligibleUnit", r.eligible().orElseThrow().unit().name());
        r.percent().ifPresent(p -> o.set("percent", DecimalNode.valueOf(p)));
      }
    }
  }

  private static String reached(EligibleReach r, Texts texts) {
    return r.reached().count() + " " + texts.label(r.reached().unit()).toLowerCase(java.util.Locale.ROOT);
  }

  private static void money(ObjectNode o, String name, Money money) {
    o.put(name, money.amount().toPlainString());
  }
}
