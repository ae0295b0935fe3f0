package dev.kansen.model;

/** The form of a {@link Participation}. */
public enum ParticipationKind {
  /** A consultation: stakeholders are asked for their views, such as parents on the action agenda. */
  CONSULTATION,
  /** An information meeting. */
  INFORMATION,
  /** A survey or questionnaire. */
  SURVEY,
  /** A standing advisory body, such as a parents' panel. */
  ADVISORY_BODY,
  /** Designing an intervention together with the stakeholders. */
  CO_CREATION,
  /** Any other form. */
  OTHER
}
