package dev.kansen.cli.report;

import dev.kansen.analysis.EquityMeasure;
import dev.kansen.analysis.Suppression;
import dev.kansen.model.TestKind;

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

  /** The heading of the comparison of municipalities. */
  public static final String COMPARISON = "Municipalities compared";
  /** The note under it. */
  public static final String COMPARISON_NOTE = "Each dot is a municipality: its share against its number of pupils."
      + " The dashed line is the pooled share of the municipalities shown; the curves are the 95% (light) and 99.8%"
      + " (dark) control limits of the binomial normal approximation. A municipality inside the limits differs from"
      + " the pool no more than chance would make it; municipalities below the threshold are withheld.";
  /** The pooled share. */
  public static final String POOLED = "Pooled share";
  /** A point outside the outer limits. */
  public static final String OUTSIDE = "outside the 99.8% limits";
  /** The x axis. */
  public static final String PUPILS_AXIS = "pupils";
  /** The list of withheld municipalities. */
  public static final String WITHHELD_AREAS = "Withheld";

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
   * @param test a test
   * @return its name for people
   */
  public static String of(TestKind test) {
    return switch (test) {
      case CENTRALE_EINDTOETS -> "final test, score bands";
      case DOORSTROOMTOETS -> "doorstroomtoets, test advice";
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
      case "all" -> "All pupils";
      default -> group;
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
   * @param measure the measure compared
   * @param group the group compared
   * @param schoolYear the school year
   * @return the funnel plot's title
   */
  public static String funnel(EquityMeasure measure, String group, String schoolYear) {
    return of(measure) + " · " + group(group) + " · " + schoolYear;
  }

  /**
   * @param suppression why a share is withheld
   * @return the reason for people
   */
  public static String withheld(Suppression suppression) {
    return WITHHELD + ": " + suppression.reason();
  }
}
