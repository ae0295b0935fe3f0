package dev.kansen.model;

/**
 * How another programme relates to this one, after IATI's related-activity types (parent, child,
 * sibling) with the succession a multi-year agenda needs.
 */
public enum ProgrammeRelation {
  /** The other programme is an umbrella this one belongs to, such as a regional programme. */
  PARENT,
  /** The other programme belongs to this one, as a local programme under a regional umbrella. */
  CHILD,
  /** The other programme shares this one's umbrella. */
  SIBLING,
  /** The other programme came before this one and this one continues it. */
  PREDECESSOR,
  /** The other programme continues this one. */
  SUCCESSOR
}
