package dev.kansen.analysis;

import dev.kansen.model.ReferenceLevel;
import dev.kansen.model.TestDomain;
import java.util.Optional;

/**
 * An equity measure computed from a {@link dev.kansen.model.CohortTable}: a share of a group's pupils.
 * {@code docs/equity.md} gives each one's formula and limits.
 */
public enum EquityMeasure {
  /** Pupils whose school advice is below their test advice, among all pupils with a test result (onderadvisering). */
  BELOW_TEST_ADVICE(false, null, false),
  /** Pupils eligible for an upward revision (test advice above the provisional advice), among those whose eligibility is known. */
  ELIGIBLE_FOR_REVISION(false, null, false),
  /** Pupils whose advice was revised upward, among the eligible. */
  REVISED_UPWARD(true, null, false),
  /** Pupils reaching at least 1F in reading. */
  READING_1F(true, TestDomain.READING, false),
  /** Pupils reaching 2F in reading. */
  READING_2F(true, TestDomain.READING, true),
  /** Pupils reaching at least 1F in language conventions. */
  LANGUAGE_1F(true, TestDomain.LANGUAGE, false),
  /** Pupils reaching 2F in language conventions. */
  LANGUAGE_2F(true, TestDomain.LANGUAGE, true),
  /** Pupils reaching at least 1F in maths. */
  MATHS_1F(true, TestDomain.MATHS, false),
  /** Pupils reaching 1S in maths. */
  MATHS_1S(true, TestDomain.MATHS, true);

  private final boolean ascending;
  private final TestDomain domain;
  private final boolean target;

  EquityMeasure(boolean ascending, TestDomain domain, boolean target) {
    this.ascending = ascending;
    this.domain = domain;
    this.target = target;
  }

  /** @return whether a higher share is better for the pupils (false for onderadvisering and eligibility) */
  public boolean ascending() {
    return ascending;
  }

  /** @return the domain of a reference-level measure */
  public Optional<TestDomain> domain() {
    return Optional.ofNullable(domain);
  }

  /**
   * @param level a reference level
   * @return whether a pupil at that level counts toward this reference-level measure; false for others
   */
  public boolean counts(ReferenceLevel level) {
    if (domain == null) {
      return false;
    }
    return target ? level.reachesTarget() : level.reaches1F();
  }
}
