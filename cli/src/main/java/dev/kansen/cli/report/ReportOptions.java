package dev.kansen.cli.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * How a report is made.
 *
 * @param asOf the day the report describes: the timeline marks it, findings were checked on it
 * @param smallCellThreshold the smallest number of pupils a published figure may rest on
 * @param generator what made the report, e.g. {@code kansen 0.1.0}
 * @param locale the language of the report: Dutch when its language is {@code nl}, else English;
 *     sections take their texts from {@code Texts.of(locale)}
 */
public record ReportOptions(LocalDate asOf, int smallCellThreshold, String generator, Locale locale) {
  /** Checks the threshold. */
  public ReportOptions {
    if (smallCellThreshold < 1) {
      throw new IllegalArgumentException("smallCellThreshold must be at least 1, but was " + smallCellThreshold);
    }
    Objects.requireNonNull(locale, "locale");
  }

  /**
   * A report in English.
   *
   * @param asOf the day the report describes
   * @param smallCellThreshold the smallest number of pupils a published figure may rest on
   * @param generator what made the report
   */
  public ReportOptions(LocalDate asOf, int smallCellThreshold, String generator) {
    this(asOf, smallCellThreshold, generator, Locale.ENGLISH);
  }
}
