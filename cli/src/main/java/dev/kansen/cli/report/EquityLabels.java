package dev.kansen.cli.report;

import dev.kansen.analysis.EquityMeasure;
import dev.kansen.analysis.Suppression;
import dev.kansen.cli.text.Texts;
import dev.kansen.model.AdviceLevel;
import dev.kansen.model.TestKind;
import java.util.Locale;

/**
 * Every people-facing text of the report's cohort and equity sections and of the summary's equity
 * lines, in one language: the texts come from the message bundle's {@code cohort.*} and
 * {@code comparison.*} keys, the shares and gaps are written with that language's decimal separator.
 */
public final class EquityLabels {
  private final Texts t;

  private EquityLabels(Texts t) {
    this.t = t;
  }

  /**
   * @param texts the language
   * @return the labels in that language
   */
  public static EquityLabels of(Texts texts) {
    return new EquityLabels(texts);
  }

  /** @return the section heading */
  public String heading() {
    return t.get("cohort.heading");
  }

  /** @return the note under the heading */
  public String note() {
    return t.get("cohort.note");
  }

  /** @return the column headings of the gap table: group, share, pupils, gap, interval */
  public String[] gapColumns() {
    return new String[] {group(), t.get("cohort.share"), t.get("cohort.pupils"), gap(), t.get("cohort.interval")};
  }

  /** @return the heading of a column of groups */
  public String group() {
    return t.get("cohort.group");
  }

  /** @return the heading of the gaps, in percentage points */
  public String gap() {
    return t.get("cohort.gap");
  }

  /** @return the heading of the advice-by-test-result table */
  public String adviceByResult() {
    return t.get("cohort.adviceByResult");
  }

  /** @return the first column of the advice-by-test-result table */
  public String testResult() {
    return t.get("cohort.testResult");
  }

  /** @return the reference group's gap cell */
  public String reference() {
    return t.get("cohort.reference");
  }

  /** @return the heading of the comparison of municipalities */
  public String comparison() {
    return t.get("comparison.heading");
  }

  /** @return the note under the comparison's heading */
  public String comparisonNote() {
    return t.get("comparison.note");
  }

  /** @return the name of the pooled share */
  public String pooled() {
    return t.get("comparison.pooled");
  }

  /** @return the mark of a point outside the outer limits */
  public String outside() {
    return t.get("comparison.outside");
  }

  /** @return the x axis of the funnel plot */
  public String pupilsAxis() {
    return t.get("comparison.pupilsAxis");
  }

  /** @return the heading of the list of withheld municipalities */
  public String withheldAreas() {
    return t.get("comparison.withheld");
  }

  /**
   * @param share a share of pupils
   * @param pupils the pupils it rests on
   * @return e.g. {@code 24.5% of 120} or {@code 24,5% van 120}
   */
  public String shareOf(double share, long pupils) {
    return t.get("cohort.shareOf", percent(share), pupils);
  }

  /**
   * @param lower the lower end of an interval, as a fraction
   * @param upper its upper end
   * @return e.g. {@code -12.0 to -2.5} or {@code -12,0 tot -2,5}, in percentage points
   */
  public String interval(double lower, double upper) {
    return t.get("cohort.range", points(lower), points(upper));
  }

  /**
   * @param gap a group's gap against the reference group, as a fraction
   * @param lower the lower end of its 95% interval
   * @param upper the upper end
   * @return e.g. {@code , gap -5.0 pp (95%: -9.1 to -0.9)}, to follow a share in a line of text
   */
  public String gapLine(double gap, double lower, double upper) {
    return t.get("cohort.gapLine", points(gap), points(lower), points(upper));
  }

  /**
   * @param measure a measure
   * @return its name for people
   */
  public String of(EquityMeasure measure) {
    return t.get("cohort.measure." + measure.name());
  }

  /**
   * @param test a test
   * @return its name for people
   */
  public String of(TestKind test) {
    return t.get("cohort.test." + test.name());
  }

  /**
   * @param level a school advice
   * @return its name for people
   */
  public String of(AdviceLevel level) {
    return t.dutch() ? t.label(level) : level.label();
  }

  /**
   * @param group a group: low, middle, high, unknown or all
   * @return its name for people
   */
  public String group(String group) {
    return t.find("cohort.group." + group).orElse(group);
  }

  /**
   * @param table a cohort table's year and area
   * @param test the test's name
   * @return the table's heading
   */
  public String table(String table, String test) {
    return table + " (" + test + ")";
  }

  /**
   * @param measure the measure compared
   * @param group the group compared
   * @param schoolYear the school year
   * @return the funnel plot's title
   */
  public String funnel(EquityMeasure measure, String group, String schoolYear) {
    return of(measure) + " · " + group(group) + " · " + schoolYear;
  }

  /**
   * @param suppression why a share is withheld
   * @return why it is withheld, for people
   */
  public String reason(Suppression suppression) {
    return t.dutch() ? t.label(suppression) : suppression.reason();
  }

  /**
   * @param suppression why a share is withheld
   * @return that it is withheld, and why
   */
  public String withheld(Suppression suppression) {
    return t.get("cohort.withheld") + ": " + reason(suppression);
  }

  /** @return the word for a withheld value */
  public String withheld() {
    return t.get("cohort.withheld");
  }

  /**
   * @param share a share as a fraction
   * @return it as a percentage with one decimal: {@code 24.5%} or {@code 24,5%}
   */
  public String percent(double share) {
    return decimal(String.format(Locale.ROOT, "%.1f%%", share * 100));
  }

  /**
   * @param gap a gap as a fraction
   * @return it in signed percentage points, one decimal: {@code +2.5} or {@code +2,5}
   */
  public String points(double gap) {
    return decimal(String.format(Locale.ROOT, "%+.1f", gap * 100));
  }

  private String decimal(String plain) {
    return t.dutch() ? plain.replace('.', ',') : plain;
  }
}
