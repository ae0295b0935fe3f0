package dev.kansen.model;

/** What a reach figure counts. */
public enum ReachUnit {
  /** Children or pupils. */
  CHILDREN,
  /** Parents or carers. */
  PARENTS,
  /** Professionals: teachers, pedagogical staff, board members, youth workers. */
  PROFESSIONALS,
  /** Schools or school locations. */
  SCHOOLS,
  /** Organisations. */
  ORGANISATIONS,
  /** Activities or sessions held. */
  ACTIVITIES
}
