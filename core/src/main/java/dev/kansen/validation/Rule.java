package dev.kansen.validation;

import java.util.Locale;

/**
 * One named check of a whole programme, and the extension point for callers' own rules (a school
 * system can add, say, a rule that every school partner appears in its own register).
 *
 * <p>A rule has a {@link #code()} — one of {@link RuleCode} for kansen's own rules, a {@link Code} of
 * your own (an enum implementing it, or {@link Code#of}) for yours — which gives its default
 * severity, {@link #category()} and the texts that explain it. The {@link Validator} calls
 * {@link #check} once per validation with an index of the programme built once for all rules, so a
 * rule that walks each list once and looks up references in the index stays linear in the size of
 * the programme. A rule reports through the {@link Findings} it is given, which stamp each finding
 * with the rule's code and its configured severity. Rules must be stateless and thread-safe: one
 * validator may validate many programmes at once.
 */
public interface Rule {
  /** @return the code every finding of this rule carries */
  Code code();

  /** @return the severity of the rule's findings unless a {@link Validator.Builder} changes it */
  default Severity defaultSeverity() {
    return code().defaultSeverity();
  }

  /** @return what the rule is about: references, dates, funding… */
  default Category category() {
    return code().category();
  }

  /** @return what the rule checks, in one or two plain-English sentences */
  default String description() {
    return code().what(Locale.ENGLISH);
  }

  /**
   * @return why the rule exists and has its severity: the IATI rule, 360Giving check, law,
   *     statistical practice or domain reason
   */
  default String source() {
    return code().why(Locale.ENGLISH);
  }

  /**
   * Checks a programme and reports every finding.
   *
   * @param programme the programme with its lookups by id, built once per validation
   * @param context the as-of date and thresholds of this validation
   * @param findings where to report findings
   */
  void check(ProgrammeIndex programme, ValidationContext context, Findings findings);
}
