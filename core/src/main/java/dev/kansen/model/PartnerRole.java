package dev.kansen.model;

/** The role a partner plays in a programme, after IATI's participating-organisation roles. */
public enum PartnerRole {
  /** Provides money (IATI role 1). */
  FUNDING,
  /** Is accountable for the programme or part of it (IATI role 2). */
  ACCOUNTABLE,
  /** Manages funds on behalf of the funder, passing them on (IATI role 3). */
  EXTENDING,
  /** Carries out interventions (IATI role 4). */
  IMPLEMENTING
}
