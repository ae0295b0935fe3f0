package dev.kansen.validation;

/**
 * One named check of a whole programme, and the extension point for callers' own rules (a school
 * system can add, say, a rule that every school partner appears in its own register).
 *
 * <p>A rule has a stable UPPER_SNAKE_CASE {@link #code()}, a {@link #defaultSeverity()}, and
 * explains {@link #description() what} it checks and {@link #source() why}. The
 * {@link Validator} calls {@link #check} once per validation with an index of the programme built
 * once for all rules, so a rule that walks each list once and looks up references in the index
 * stays linear in the size of the programme. A rule reports through the {@link Findings} it is
 * given, which stamp each finding with the rule's code and its configured severity. Rules must be
 * stateless and thread-safe: one validator may validate many programmes at once.
 */
public interface Rule {
  /** @return the stable UPPER_SNAKE_CASE code every finding of this rule carries */
  String code();

  /** @return the severity of the rule's findings unless a {@link Validator.Builder} changes it */
  Severity defaultSeverity();

  /** @return what the rule checks, in one or two plain-English sentences */
  String description();

  /**
   * @return why the rule exists and has its severity: the IATI rule, 360Giving check, law,
   *     statistical practice or domain reason
   */
  String source();

  /**
   * Checks a programme and reports every finding.
   *
   * @param programme the programme with its lookups by id, built once per validation
   * @param context the as-of date and thresholds of this validation
   * @param findings where to report findings
   */
  void check(ProgrammeIndex programme, ValidationContext context, Findings findings);
}
