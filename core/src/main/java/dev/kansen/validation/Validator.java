package dev.kansen.validation;

import dev.kansen.model.Programme;
import dev.kansen.validation.internal.rules.StandardRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks whole programmes against a catalogue of named {@link Rule}s and reports every finding at
 * once, in a stable order. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(programme, ValidationContext.asOf(today));
 * if (!report.valid()) {
 *   report.errors().forEach(v -> System.out.println(v.path() + " " + v.code() + ": " + v.message()));
 * }
 * }</pre>
 *
 * <p>{@code docs/rules.md} lists every built-in rule with its code, default severity, what it
 * checks and why.
 */
public final class Validator {
  /**
   * The code reported, at the document root and as an ERROR, when a rule throws instead of
   * reporting: the other rules still run, so a faulty custom rule hides nothing.
   */
  public static final String RULE_FAILED = RuleCode.RULE_FAILED.name();

  private static final Logger LOG = LoggerFactory.getLogger(Validator.class);
  private static final Validator STANDARD = builder().build();

  private final List<Rule> rules;
  private final Map<String, Severity> severities;
  /** Each rule's code when the validator was built, and its severity: looked up once, not per validation. */
  private final String[] codes;
  private final Severity[] ruleSeverities;
  /** Each rule's English pattern {@code CODE.message}, looked up once; null for a code without one. */
  private final String[] patterns;

  private Validator(List<Rule> rules, Map<String, Severity> severities) {
    this.rules = rules;
    this.severities = severities;
    codes = new String[rules.size()];
    ruleSeverities = new Severity[rules.size()];
    patterns = new String[rules.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = rules.get(i).code().name();
      ruleSeverities[i] = severities.get(codes[i]);
      patterns[i] = CodeTexts.english(Violation.messageKey(codes[i], null)).orElse(null);
    }
  }

  /** @return a validator with every built-in rule at its default severity */
  public static Validator standard() {
    return STANDARD;
  }

  /** @return a builder that starts from the built-in rules at their default severities */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates a programme. The programme is not changed.
   *
   * @param programme the programme
   * @param context the as-of date and thresholds
   * @return every finding, in path order
   */
  public ValidationReport validate(Programme programme, ValidationContext context) {
    return validate(programme, context, LeftOut.none());
  }

  /**
   * Validates a programme from which unusable values of its document were left out (as the JSON
   * reader does to report every problem of a document in one run), keeping only the findings
   * that cannot depend on what was left out. Every rule runs; then
   * <ul>
   *   <li>a rule that looked up an id and could not know the answer — the id may be that of a
   *       left-out entity, or the entity found had a part left out — reports nothing, and one
   *       {@code RULE_NOT_CHECKED} INFO finding at the root names it and the left-out value;</li>
   *   <li>a finding in the same entity as a left-out value (the element of a list it lies in, such
   *       as {@code /grants/2}, or the whole programme for a path in no list) is replaced by one
   *       {@code RULE_NOT_CHECKED} INFO finding per rule and entity, at the entity's path.</li>
   * </ul>
   * Findings come at the document's paths ({@link LeftOut#toDocument}). The programme is not changed.
   *
   * @param programme the programme read, without the left-out values
   * @param context the as-of date and thresholds
   * @param leftOut the document's values that are not in the programme
   * @return the findings that hold whatever the left-out values were, and a note for each rule
   *     not checked, in path order
   */
  public ValidationReport validate(Programme programme, ValidationContext context, LeftOut leftOut) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(leftOut, "leftOut");
    long started = System.nanoTime();
    ProgrammeIndex index = leftOut.isEmpty() ? ProgrammeIndex.of(programme)
        : ProgrammeIndex.of(programme, new LookupGaps(leftOut));
    List<Violation> violations = new ArrayList<>();
    for (int r = 0; r < codes.length; r++) {
      Rule rule = rules.get(r);
      String code = rule.code().name();
      boolean built = code.equals(codes[r]);
      Severity severity = built ? ruleSeverities[r] : severities.get(code);
      Findings findings = new Findings(code, severity, violations, built ? patterns[r] : null);
      int before = violations.size();
      try {
        rule.check(index, context, findings);
        if (!leftOut.isEmpty()) {
          NotChecked.keepIndependent(code, violations.subList(before, violations.size()), index.unanswered(), leftOut);
        }
      } catch (RuntimeException e) {
        index.unanswered();
        violations.subList(before, violations.size()).clear();
        // The exception's text may quote the programme's data (pupil counts, names), and reports
        // print findings: only the rule's code and the exception's class leave this method.
        LOG.warn("Rule {} failed on programme {} with {}", code, programme.id(), e.getClass().getName());
        LOG.debug("Rule {} failed", code, e);
        violations.add(Violation.builder()
            .code(RULE_FAILED)
            .severity(Severity.ERROR)
            .path(JsonPointer.root())
            .message(CodeTexts.fill(CodeTexts.english(RULE_FAILED + ".message").orElseThrow(),
                java.util.Map.of("rule", code, "exception", e.getClass().getName())).orElseThrow())
            .putArguments("rule", code)
            .putArguments("exception", e.getClass().getName())
            .build());
      }
    }
    ValidationReport report = ValidationReport.of(violations);
    if (LOG.isDebugEnabled()) {
      LOG.debug("Validated programme {} as of {} with {} rules: {} in {} µs",
          programme.id(), context.asOf(), rules.size(), FindingSummary.of(report).counts(),
          TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started));
    }
    return report;
  }

  /** @return the enabled rules, built-in ones first in catalogue order, then added ones in the order added */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * @param code a rule code
   * @return the severity this validator reports the rule's findings with; empty when no enabled rule has that code
   */
  public Optional<Severity> severity(String code) {
    return Optional.ofNullable(severities.get(code));
  }

  /**
   * Configures a {@link Validator}: disable rules, change their severities, add rules of your own.
   * Unknown codes are refused, so a typo cannot silently leave a rule switched on.
   */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();

    private Builder() {
      StandardRules.all().forEach(this::add);
    }

    /**
     * Switches every built-in rule off, so the validator runs only the rules {@linkplain #add added}
     * afterwards. Rules added before are switched off too: call it first.
     *
     * @return this builder
     */
    public Builder withoutStandardRules() {
      rules.clear();
      severities.clear();
      return this;
    }

    /**
     * Switches a rule off.
     *
     * @param code the rule's code
     * @return this builder
     * @throws IllegalArgumentException when no enabled rule has that code
     */
    public Builder disable(String code) {
      requireKnown(code);
      rules.remove(code);
      severities.remove(code);
      return this;
    }

    /**
     * Switches a rule off.
     *
     * @param code the rule's code
     * @return this builder
     * @throws IllegalArgumentException when no enabled rule has that code
     */
    public Builder disable(Code code) {
      return disable(code.name());
    }

    /**
     * Changes the severity a rule's findings are reported with.
     *
     * @param code the rule's code
     * @param severity the new severity
     * @return this builder
     * @throws IllegalArgumentException when no enabled rule has that code
     */
    public Builder severity(Code code, Severity severity) {
      return severity(code.name(), severity);
    }

    /**
     * Changes the severity a rule's findings are reported with.
     *
     * @param code the rule's code
     * @param severity the new severity
     * @return this builder
     * @throws IllegalArgumentException when no enabled rule has that code
     */
    public Builder severity(String code, Severity severity) {
      requireKnown(code);
      severities.put(code, Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Adds a rule, reported with its default severity unless {@link #severity} changes it.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException when the rule's code is not UPPER_SNAKE_CASE or already taken
     */
    public Builder add(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      String code = Objects.requireNonNull(rule.code(), "rule.code()").name();
      if (!Violation.isCode(code)) {
        throw new IllegalArgumentException("Rule code must be UPPER_SNAKE_CASE, but was \"" + code + "\"");
      }
      if (rules.containsKey(code) || code.equals(RULE_FAILED) || code.equals(RuleCode.RULE_NOT_CHECKED.name())) {
        throw new IllegalArgumentException("Rule code " + code + " is already taken");
      }
      rules.put(code, rule);
      severities.put(code, Objects.requireNonNull(rule.defaultSeverity(), "rule.defaultSeverity()"));
      return this;
    }

    private void requireKnown(String code) {
      if (!rules.containsKey(code)) {
        throw new IllegalArgumentException("No enabled rule has the code \"" + code + "\"");
      }
    }

    /** @return the validator */
    public Validator build() {
      return new Validator(List.copyOf(rules.values()), Map.copyOf(severities));
    }
  }
}
