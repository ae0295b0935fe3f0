package dev.kansen.examples.integration.dashboard;

/**
 * How the interventions CSV is written. Both dialects are UTF-8 with a byte order mark, so that
 * Excel shows names such as {@code Ideeënlab} correctly, and end lines with CRLF.
 */
public enum CsvDialect {
  /**
   * RFC 4180: comma-separated, decimal point ({@code 50000.00}). What BI tools, pandas, R and
   * LibreOffice expect, and what Excel opens directly in an English locale.
   */
  RFC_4180(',', '.'),
  /**
   * What Excel opens directly on a Dutch Windows or Mac: semicolon-separated, decimal comma
   * ({@code 50000,00}), because the comma is the Dutch decimal separator.
   */
  EXCEL_NL(';', ',');

  private final char separator;
  private final char decimalSeparator;

  CsvDialect(char separator, char decimalSeparator) {
    this.separator = separator;
    this.decimalSeparator = decimalSeparator;
  }

  /** @return the column separator */
  public char separator() {
    return separator;
  }

  /** @return the decimal separator in amounts */
  public char decimalSeparator() {
    return decimalSeparator;
  }
}
