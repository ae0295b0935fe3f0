package dev.kansen.model;

/** The stage of an intervention, after IATI's activity status. */
public enum InterventionStatus {
  /** Being planned; not started (IATI 1). */
  PIPELINE,
  /** Running (IATI 2). */
  IMPLEMENTATION,
  /** Activities ended, closing down (IATI 3). */
  FINALISATION,
  /** Finished and closed (IATI 4). */
  CLOSED,
  /** Cancelled (IATI 5). */
  CANCELLED,
  /** Temporarily suspended (IATI 6). */
  SUSPENDED
}
