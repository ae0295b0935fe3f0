package dev.kansen.analysis;

/** Whether a figure or breakdown cell may be published, and if not, why not. */
public enum Suppression {
  /** Published: it rests on enough pupils, and no small cell can be worked out from it. */
  NONE,
  /**
   * Withheld because it rests on fewer pupils than the threshold — or, for a breakdown cell, on an
   * unknown number of pupils, or on a figure that is itself withheld.
   */
  SMALL_CELL,
  /**
   * Withheld although it rests on enough pupils, because with it published a small cell of the same
   * dimension could be worked out from the total and the other cells.
   */
  COMPLEMENTARY;

  /** @return whether the figure or cell is withheld */
  public boolean suppressed() {
    return this != NONE;
  }
}
