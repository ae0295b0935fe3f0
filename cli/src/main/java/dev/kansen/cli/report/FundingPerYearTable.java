package dev.kansen.cli.report;

import dev.kansen.analysis.CategoryFunding;
import dev.kansen.analysis.FundingPerYear;
import dev.kansen.analysis.YearFunding;
import dev.kansen.cli.summary.Amounts;
import dev.kansen.model.Money;
import dev.kansen.model.Programme;

/**
 * The funding per calendar year, for grants that state a year such as the OAB grant: received,
 * own co-financing, spent per spending category, carried over, repaid and what remains — the
 * figures a municipality reports for the year.
 */
final class FundingPerYearTable {
  private FundingPerYearTable() {}

  static void render(HtmlWriter html, Programme programme) {
    FundingPerYear perYear = FundingPerYear.of(programme);
    if (perYear.isEmpty()) {
      return;
    }
    html.start("table").attr("class", "data").newline()
        .element("caption", "Funding per calendar year: what came in, and where it went").newline()
        .start("thead").start("tr");
    Table.headers(html, "Year", "Grants");
    Table.numberHeader(html, "Received");
    Table.numberHeader(html, "Co-financing");
    Table.numberHeader(html, "Spent");
    Table.numberHeader(html, "Carried over");
    Table.numberHeader(html, "Repaid");
    Table.numberHeader(html, "Remaining");
    html.end("tr").end("thead").newline().start("tbody").newline();
    for (YearFunding y : perYear.years()) {
      html.start("tr");
      Table.rowHeader(html, y.year() + (y.closed() ? "" : " (open)"));
      html.element("td", String.join(", ", y.grants()));
      Table.number(html, Amounts.money(y.received()));
      Table.number(html, Amounts.money(y.coFinancing()));
      Table.number(html, Amounts.money(y.spent()));
      Table.number(html, Amounts.money(y.carriedOver()));
      Table.number(html, Amounts.money(y.repaid()));
      Table.number(html, y.shortfall().isZero() ? Amounts.money(y.remaining()) : "−" + Amounts.money(y.shortfall()));
      html.end("tr").newline();
    }
    html.end("tbody").newline().end("table").newline();

    html.start("table").attr("class", "data").newline().element("caption", "Spending per category and year").newline()
        .start("thead").start("tr");
    Table.headers(html, "Year", "Category");
    Table.numberHeader(html, "Budgeted");
    Table.numberHeader(html, "Spent");
    Table.numberHeader(html, "Repaid");
    html.end("tr").end("thead").newline().start("tbody").newline();
    for (YearFunding y : perYear.years()) {
      for (CategoryFunding c : y.categories()) {
        row(html, y.year(), c.category(), Amounts.money(c.budgeted()), c.spent(), Amounts.money(c.repaid()));
      }
      if (!y.uncategorised().isZero()) {
        row(html, y.year(), "without a category", "—", y.uncategorised(), "—");
      }
    }
    html.end("tbody").newline().end("table").newline();
  }

  private static void row(HtmlWriter html, int year, String category, String budgeted, Money spent, String repaid) {
    html.start("tr");
    Table.rowHeader(html, Integer.toString(year));
    html.element("td", category);
    Table.number(html, budgeted);
    Table.number(html, Amounts.money(spent));
    Table.number(html, repaid);
    html.end("tr").newline();
  }
}
