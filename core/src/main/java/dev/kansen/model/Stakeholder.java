package dev.kansen.model;

/** Who was consulted or took part in a {@link Participation}. */
public enum Stakeholder {
  /** Parents and carers. */
  PARENTS,
  /** Children and pupils. */
  CHILDREN,
  /** Teachers and pedagogical staff. */
  PROFESSIONALS,
  /** School boards, childcare organisations and other partner organisations. */
  ORGANISATIONS,
  /** Residents of a neighbourhood. */
  RESIDENTS,
  /** The municipal council or its committees. */
  COUNCIL,
  /** Anyone else. */
  OTHER
}
