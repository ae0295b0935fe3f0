package dev.kansen.model;

/**
 * A reference level a pupil reaches in a domain: 1F is the fundamental level every pupil should
 * reach at the end of primary school, 2F (reading, language) and 1S (maths) the target level.
 */
public enum ReferenceLevel {
  /** Below 1F. */
  BELOW_1F,
  /** 1F reached, 2F or 1S not. */
  LEVEL_1F,
  /** 2F reached (reading, language). */
  LEVEL_2F,
  /** 1S reached (maths). */
  LEVEL_1S;

  /** @return whether the level is at least 1F */
  public boolean reaches1F() {
    return this != BELOW_1F;
  }

  /** @return whether the level is the target level, 2F or 1S */
  public boolean reachesTarget() {
    return this == LEVEL_2F || this == LEVEL_1S;
  }
}
