package dev.kansen.cli.report;

/** The cells the report's data tables share: column headers, numbers and periods. */
final class Table {
  private Table() {}

  /** Writes a column header for each label. */
  static void headers(HtmlWriter html, String... labels) {
    for (String label : labels) {
      html.start("th").attr("scope", "col").text(label).end("th");
    }
  }

  /** Writes a column header for numbers, aligned as they are. */
  static void numberHeader(HtmlWriter html, String label) {
    html.start("th").attr("scope", "col").attr("class", "num").text(label).end("th");
  }

  /** Writes a cell holding a number, aligned as numbers are. */
  static void number(HtmlWriter html, String text) {
    html.start("td").attr("class", "num").text(text).end("td");
  }

  /** Writes a cell holding a period: its start, a dash, a line break and its end. */
  static void period(HtmlWriter html, String start, String end) {
    html.start("td").attr("class", "dates").text(start + " –").voidElement("br").text(end).end("td");
  }

  /** Writes a date range cell in the report's language, or "not known" when the source gives none. */
  static void period(HtmlWriter html, java.util.Optional<dev.kansen.model.DateRange> range, dev.kansen.cli.text.Texts t) {
    if (range.isPresent()) {
      period(html, t.day(range.get().start()), t.day(range.get().end()));
    } else {
      html.start("td").attr("class", "dates").text(t.get("summary.notKnown")).end("td");
    }
  }

  /** Writes a row header. */
  static void rowHeader(HtmlWriter html, String text) {
    html.start("th").attr("scope", "row").text(text).end("th");
  }
}
