package dev.kansen.cli.report;

import dev.kansen.analysis.CategoryFunding;
import dev.kansen.analysis.FundingPerYear;
import dev.kansen.analysis.YearFunding;
import dev.kansen.cli.text.Texts;
import dev.kansen.model.Money;
import dev.kansen.model.Programme;

/**
 * The funding per calendar year, for grants that state a year such as the OAB grant: received,
 * own co-financing, spent per spending category, carried over, repaid and what remains — the
 * figures a municipality reports for the year.
 */
final class FundingPerYearTable {
  private FundingPerYearTable() {}

  static void render(HtmlWriter html, Programme programme, Texts t) {
    FundingPerYear perYear = FundingPerYear.of(programme);
    if (perYear.isEmpty()) {
      return;
    }
    html.start("table").attr("class", "data").newline()
        .element("caption", t.get("perYear.caption")).newline()
        .start("thead").start("tr");
    Table.headers(html, t.get("perYear.year"), t.get("perYear.grants"));
    Table.numberHeader(html, t.get("perYear.received"));
    Table.numberHeader(html, t.get("perYear.coFinancing"));
    Table.numberHeader(html, t.get("perYear.spent"));
    Table.numberHeader(html, t.get("perYear.carriedOver"));
    Table.numberHeader(html, t.get("perYear.repaid"));
    Table.numberHeader(html, t.get("perYear.remaining"));
    html.end("tr").end("thead").newline().start("tbody").newline();
    for (YearFunding y : perYear.years()) {
      html.start("tr");
      Table.rowHeader(html, y.year() + (y.closed() ? "" : " (" + t.get("perYear.open") + ")"));
      html.element("td", String.join(", ", y.grants()));
      Table.number(html, t.money(y.received()));
      Table.number(html, t.money(y.coFinancing()));
      Table.number(html, t.money(y.spent()));
      Table.number(html, t.money(y.carriedOver()));
      Table.number(html, t.money(y.repaid()));
      Table.number(html, y.shortfall().isZero() ? t.money(y.remaining()) : "−" + t.money(y.shortfall()));
      html.end("tr").newline();
    }
    html.end("tbody").newline().end("table").newline();

    html.start("table").attr("class", "data").newline().element("caption", t.get("perYear.categoriesCaption")).newline()
        .start("thead").start("tr");
    Table.headers(html, t.get("perYear.year"), t.get("perYear.category"));
    Table.numberHeader(html, t.get("perYear.budgeted"));
    Table.numberHeader(html, t.get("perYear.spent"));
    Table.numberHeader(html, t.get("perYear.repaid"));
    html.end("tr").end("thead").newline().start("tbody").newline();
    for (YearFunding y : perYear.years()) {
      for (CategoryFunding c : y.categories()) {
        row(html, y.year(), c.category(), t.money(c.budgeted()), c.spent(), t.money(c.repaid()), t);
      }
      if (!y.uncategorised().isZero()) {
        row(html, y.year(), t.get("perYear.uncategorised"), "—", y.uncategorised(), "—", t);
      }
    }
    html.end("tbody").newline().end("table").newline();
  }

  private static void row(HtmlWriter html, int year, String category, String budgeted, Money spent, String repaid,
      Texts t) {
    html.start("tr");
    Table.rowHeader(html, Integer.toString(year));
    html.element("td", category);
    Table.number(html, budgeted);
    Table.number(html, t.money(spent));
    Table.number(html, repaid);
    html.end("tr").newline();
  }
}
