package dev.kansen.model;

/**
 * The test whose results a cohort table holds: the final test (Centrale Eindtoets and the other
 * providers' final tests, scored in bands) up to school year 2022-2023, the doorstroomtoets (a test
 * advice and reference levels) from 2023-2024. Results from either side of that break are not
 * comparable.
 */
public enum TestKind {
  /** The final test, scored in bands that map to a test advice; the band table is the year's. */
  CENTRALE_EINDTOETS,
  /** The doorstroomtoets: a test advice and a reference level per domain. */
  DOORSTROOMTOETS;

  /** The first school year of the doorstroomtoets: 2023-2024. */
  public static final SchoolYear DOORSTROOMTOETS_FROM = SchoolYear.of(2023);

  /**
   * @param year a school year
   * @return the test pupils took in group 8 in that year
   */
  public static TestKind of(SchoolYear year) {
    return year.compareTo(DOORSTROOMTOETS_FROM) < 0 ? CENTRALE_EINDTOETS : DOORSTROOMTOETS;
  }
}
