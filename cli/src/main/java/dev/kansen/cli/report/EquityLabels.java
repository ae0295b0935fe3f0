package dev.kansen.cli.report;

import dev.kansen.analysis.EquityMeasure;
import dev.kansen.analysis.Suppression;

/**
 * Every people-facing text of the report's cohort and equity sections, in one place so that it can
 * be translated.
 */
public final class EquityLabels {
  /** The section heading. */
  public static final String HEADING = "Outcomes and equity";
  /** The note under the heading. */
  public static final String NOTE = "Counts from the cohort tables; each gap is a group's share minus the share of"
      + " pupils of parents with a high education, in percentage points, with its 95% interval (Newcombe's hybrid"
      + " score method). Shares resting on fewer pupils than the threshold, and shares from which such a group"
      + " could be worked out, are withheld. Trends are not joined across 2023-2024, when the doorstroomtoets"
      + " replaced the final test.";
  /** The column headings of the gap table. */
  public static final String[] GAP_COLUMNS = {"Group", "Share", "Pupils", "Gap (pp)", "95% interval"};
  /** The heading of the advice-by-test-result table. */
  public static final String ADVICE_BY_RESULT = "School advice within each test result";
  /** The first column of the advice-by-test-result table. */
  public static final String TEST_RESULT = "Test result";
  /** A withheld value. */
  public static final String WITHHELD = "withheld";
  /** The reference group's gap cell. */
  public static final String REFERENCE = "reference";

  private EquityLabels() {}

  /**
   * @param measure a measure
   * @return its name for people
   */
  public static String of(EquityMeasure measure) {
    return switch (measure) {
      case BELOW_TEST_ADVICE -> "School advice below the test advice";
      case ELIGIBLE_FOR_REVISION -> "Eligible for an upward revision";
      case REVISED_UPWARD -> "Revised upward, among the eligible";
      case READING_1F -> "Reading: 1F or higher";
      case READING_2F -> "Reading: 2F";
      case LANGUAGE_1F -> "Language: 1F or higher";
      case LANGUAGE_2F -> "Language: 2F";
      case MATHS_1F -> "Maths: 1F or higher";
      case MATHS_1S -> "Maths: 1S";
    };
  }

  /**
   * @param group a group: low, middle, high, unknown or all
   * @return its name for people
   */
  public static String group(String group) {
    return switch (group) {
      case "low" -> "Parents: low education";
      case "middle" -> "Parents: middle education";
      case "high" -> "Parents: high education";
      case "unknown" -> "Parents: education unknown";
      default -> "All pupils";
    };
  }

  /**
   * @param table a cohort table's year and area
   * @param test the test's name
   * @return the table's heading
   */
  public static String table(String table, String test) {
    return table + " (" + test + ")";
  }

  /**
   * @param suppression why a share is withheld
   * @return the reason for people
   */
  public static String withheld(Suppression suppression) {
    return WITHHELD + ": " + suppression.reason();
  }
}
