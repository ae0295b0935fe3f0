package dev.kansen.validation;

import java.util.List;
import java.util.Optional;

/**
 * The findings of one code, as {@link FindingSummary#groups} presents them to people: the code, its
 * severity, the findings in order, and the one line that says how to fix them.
 *
 * @param code the findings' code
 * @param severity the severity they are reported with
 * @param findings the findings, ordered by severity, then position in the file
 * @param fix how to fix them, from the catalogue; empty for a code of your own that kansen does not know
 */
public record FindingGroup(String code, Severity severity, List<Violation> findings, Optional<String> fix) {
  /**
   * Checks and copies the parts.
   *
   * @param code the findings' code
   * @param severity the severity they are reported with
   * @param findings the findings, at least one
   * @param fix how to fix them
   */
  public FindingGroup {
    findings = List.copyOf(findings);
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("A finding group holds at least one finding");
    }
  }

  /** @return how many findings the group holds */
  public int count() {
    return findings.size();
  }

  /** @return e.g. {@code SMALL_CELL ×3} when the code repeats, else just the code */
  public String heading() {
    return count() == 1 ? code : code + " \u00d7" + count();
  }
}
