package dev.kansen.cli.report;

import java.time.LocalDate;

/**
 * How a report is made.
 *
 * @param asOf the day the report describes: the timeline marks it, findings were checked on it
 * @param smallCellThreshold the smallest number of pupils a published figure may rest on
 * @param generator what made the report, e.g. {@code kansen 0.1.0}
 */
public record ReportOptions(LocalDate asOf, int smallCellThreshold, String generator) {
  /** Checks the threshold. */
  public ReportOptions {
    if (smallCellThreshold < 1) {
      throw new IllegalArgumentException("smallCellThreshold must be at least 1, but was " + smallCellThreshold);
    }
  }
}
