package dev.kansen.analysis;

/**
 * How many of a group's pupils have an attribute, e.g. 14 of 70 pupils of parents with a low education
 * got a school advice below their test advice.
 *
 * @param count pupils with the attribute
 * @param pupils pupils in the group
 */
public record Proportion(long count, long pupils) {
  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException unless {@code 0 ≤ count ≤ pupils}
   */
  public Proportion {
    if (count < 0 || count > pupils) {
      throw new IllegalArgumentException("A Proportion needs 0 <= count <= pupils, but was " + count + " of " + pupils);
    }
  }

  /** @return {@code count / pupils}; 0 for an empty group */
  public double share() {
    return pupils == 0 ? 0 : (double) count / pupils;
  }

  /**
   * @param other another proportion
   * @return the two added up
   */
  public Proportion plus(Proportion other) {
    return new Proportion(count + other.count, pupils + other.pupils);
  }
}
