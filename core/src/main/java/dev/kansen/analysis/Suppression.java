package dev.kansen.analysis;

/** Whether a figure or breakdown cell may be published, and if not, why not. */
public enum Suppression {
  /** Published: it rests on enough pupils, and no small group can be worked out from it. */
  NONE("published"),
  /** Withheld because it rests on fewer pupils than the threshold. */
  SMALL_CELL("fewer pupils than the threshold"),
  /**
   * Withheld because it states no number of pupils and its population is not known to reach the
   * threshold (neither stated nor given by its cells).
   */
  UNKNOWN_PUPILS("number of pupils not known to reach the threshold"),
  /** A breakdown cell withheld because the figure it breaks down is itself withheld. */
  FIGURE_WITHHELD("the figure it breaks down is withheld"),
  /**
   * Withheld although it rests on enough pupils, because with it published a small group of the same
   * table (a cell, or the pupils the cells leave out) could be worked out from the others.
   */
  COMPLEMENTARY("complementary: protects a small group of the same table"),
  /**
   * Withheld although it rests on enough pupils, because the audit found that with it published an
   * attacker could narrow the count of a small group below the required protection.
   */
  PROTECTION_LEVEL("complementary: the audit found a small group's range too narrow"),
  /**
   * An equity figure withheld although it rests on enough pupils, because its pupils differ from those
   * of another published figure about the same group by fewer than the threshold: the difference
   * would be a small group that could be worked out; or because its pupils are the count of a withheld
   * figure (the eligible of a group whose share eligible is withheld).
   */
  NESTED_POPULATION("its pupils are nested in another figure's: a small group could be worked out");

  private final String reason;

  Suppression(String reason) {
    this.reason = reason;
  }

  /** @return whether the figure or cell is withheld */
  public boolean suppressed() {
    return this != NONE;
  }

  /** @return why the figure or cell is withheld, in a few English words, for audit listings */
  public String reason() {
    return reason;
  }
}
