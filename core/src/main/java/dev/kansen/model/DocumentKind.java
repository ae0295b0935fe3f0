package dev.kansen.model;

/** What a linked document is. */
public enum DocumentKind {
  /** The joint action agenda (actieagenda), or a phase of it. */
  ACTION_AGENDA,
  /** A letter to the municipal council (raadsinformatiebrief). */
  COUNCIL_LETTER,
  /** A decision of the council or of the mayor and aldermen (raadsbesluit, collegebesluit). */
  DECISION,
  /** An evaluation of the programme or of an intervention. */
  EVALUATION,
  /** A progress or annual report. */
  REPORT,
  /** Any other document. */
  OTHER
}
