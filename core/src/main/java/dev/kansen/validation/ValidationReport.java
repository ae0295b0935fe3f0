package dev.kansen.validation;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The outcome of validating a programme: every violation found, in path order
 * ({@link Violation#ORDER}). The programme is {@link #valid()} when none is an {@link Severity#ERROR}.
 */
public final class ValidationReport {
  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  private final List<Violation> violations;

  private ValidationReport(List<Violation> violations) {
    this.violations = violations;
  }

  /**
   * A report of the given violations, sorted into document order.
   *
   * @param violations the violations, in any order
   * @return the report
   */
  public static ValidationReport of(Collection<Violation> violations) {
    if (violations.isEmpty()) {
      return EMPTY;
    }
    // a stable sort of an array, without a stream pipeline per report
    Violation[] sorted = violations.toArray(new Violation[0]);
    Arrays.sort(sorted, Violation.ORDER);
    return new ValidationReport(Collections.unmodifiableList(Arrays.asList(sorted)));
  }

  /** @return a report without violations */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /** @return whether no violation is an ERROR */
  public boolean valid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /** @return all violations in path order */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * @param severity a severity
   * @return the violations of that severity, in path order
   */
  public List<Violation> withSeverity(Severity severity) {
    return violations.stream().filter(v -> v.severity() == severity).toList();
  }

  /** @return the ERROR violations */
  public List<Violation> errors() {
    return withSeverity(Severity.ERROR);
  }

  /** @return the WARNING violations */
  public List<Violation> warnings() {
    return withSeverity(Severity.WARNING);
  }

  /**
   * @param code a violation code
   * @return the violations with that code, in path order
   */
  public List<Violation> withCode(String code) {
    return violations.stream().filter(v -> v.code().equals(code)).toList();
  }

  /**
   * @param other another report
   * @return one report with the violations of both
   */
  public ValidationReport merge(ValidationReport other) {
    if (other.violations.isEmpty()) {
      return this;
    }
    List<Violation> all = new java.util.ArrayList<>(violations);
    all.addAll(other.violations);
    return of(all);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport r && violations.equals(r.violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /**
   * The messages of all violations in one language, in path order: for Dutch,
   * {@code report.messages(Locale.forLanguageTag("nl"))}. See {@link Violation#localizedMessage}.
   *
   * @param locale the language wanted; English when kansen has no texts in it
   * @return one message per violation, in the order of {@link #violations()}
   */
  public List<String> messages(java.util.Locale locale) {
    return violations.stream().map(v -> v.localizedMessage(locale)).toList();
  }

  /** @return the verdict with the counts per severity ({@link FindingSummary#counts()}) and one line per violation */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(valid() ? "valid" : "invalid")
        .append(", ").append(FindingSummary.of(violations).counts());
    violations.forEach(v -> b.append(System.lineSeparator()).append("  ").append(v));
    return b.toString();
  }
}
