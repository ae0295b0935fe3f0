package dev.kansen.model;

/** A domain in which a test reports a reference level. */
public enum TestDomain {
  /** Reading (lezen): levels 1F and 2F. */
  READING,
  /** Language conventions (taalverzorging): levels 1F and 2F. */
  LANGUAGE,
  /** Mathematics (rekenen): levels 1F and 1S. */
  MATHS;

  /**
   * @param level a reference level
   * @return whether the level exists in this domain: 2F in reading and language, 1S in maths
   */
  public boolean has(ReferenceLevel level) {
    return switch (level) {
      case BELOW_1F, LEVEL_1F -> true;
      case LEVEL_2F -> this != MATHS;
      case LEVEL_1S -> this == MATHS;
    };
  }
}
