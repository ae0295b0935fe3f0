package dev.kansen.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The one way kansen counts, words and orders findings for people: counts per severity worded
 * {@code "1 error, 2 warnings, 1 info"}, findings ordered by severity and then by position in the
 * file, and findings grouped by code with a count and how to fix them (as IATI's and 360Giving's
 * validators present them).
 *
 * <pre>{@code
 * FindingSummary summary = FindingSummary.of(report.violations());
 * System.out.println(summary.counts());                       // 1 error, 2 warnings, 1 info
 * for (FindingGroup group : summary.groups(Locale.ENGLISH)) {
 *   System.out.println(group.heading() + ": " + group.fix().orElse(""));
 * }
 * }</pre>
 */
public final class FindingSummary {
  /**
   * Severity first (errors, then warnings, then infos), then the position in the source text when
   * known (findings with a position before those without), then the path, code and message.
   */
  public static final Comparator<Violation> SEVERITY_THEN_POSITION = Comparator
      .comparing(Violation::severity)
      .thenComparing(v -> v.position().orElse(null), Comparator.nullsLast(
          Comparator.comparingLong(Position::line).thenComparingLong(Position::column)))
      .thenComparing(Violation.ORDER);

  private final List<Violation> ordered;
  private final int errors;
  private final int warnings;
  private final int infos;

  private FindingSummary(List<Violation> ordered) {
    this.ordered = ordered;
    int e = 0;
    int w = 0;
    int i = 0;
    for (Violation v : ordered) {
      switch (v.severity()) {
        case ERROR -> e++;
        case WARNING -> w++;
        case INFO -> i++;
      }
    }
    this.errors = e;
    this.warnings = w;
    this.infos = i;
  }

  /**
   * @param violations findings in any order
   * @return their summary
   */
  public static FindingSummary of(Collection<Violation> violations) {
    List<Violation> ordered = new ArrayList<>(violations);
    ordered.sort(SEVERITY_THEN_POSITION);
    return new FindingSummary(List.copyOf(ordered));
  }

  /**
   * @param report a validation report
   * @return the summary of its findings
   */
  public static FindingSummary of(ValidationReport report) {
    return of(report.violations());
  }

  /** @return the number of ERROR findings */
  public int errors() {
    return errors;
  }

  /** @return the number of WARNING findings */
  public int warnings() {
    return warnings;
  }

  /** @return the number of INFO findings */
  public int infos() {
    return infos;
  }

  /** @return the number of findings */
  public int total() {
    return ordered.size();
  }

  /** @return the findings ordered by severity, then position in the file ({@link #SEVERITY_THEN_POSITION}) */
  public List<Violation> ordered() {
    return ordered;
  }

  /** @return e.g. {@code "0 errors, 1 warning, 2 info"}: every severity, each count with its noun */
  public String counts() {
    return count(errors, "error", "errors") + ", " + count(warnings, "warning", "warnings") + ", "
        + count(infos, "info", "info");
  }

  /**
   * The findings grouped by code: groups in the order of their first finding (so by severity, then
   * position), each with its findings in order and the catalogue's how-to-fix line.
   *
   * @param locale the language of the how-to-fix lines; English when the catalogue has none in it
   * @return the groups
   */
  public List<FindingGroup> groups(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    Map<String, List<Violation>> byCode = new LinkedHashMap<>();
    for (Violation v : ordered) {
      byCode.computeIfAbsent(v.code() + " " + v.severity(), k -> new ArrayList<>()).add(v);
    }
    List<FindingGroup> groups = new ArrayList<>(byCode.size());
    for (List<Violation> findings : byCode.values()) {
      Violation first = findings.get(0);
      groups.add(new FindingGroup(first.code(), first.severity(), findings,
          Codes.find(first.code()).map(c -> c.fix(locale))));
    }
    return List.copyOf(groups);
  }

  /**
   * A count in words with the right number: {@code count(1, "indicator", "indicators")} is
   * {@code "1 indicator"}, {@code count(0, ...)} is {@code "0 indicators"}.
   *
   * @param count how many
   * @param singular the noun for exactly one
   * @param plural the noun for any other count
   * @return the count and the noun
   */
  public static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  @Override
  public String toString() {
    return counts();
  }
}
