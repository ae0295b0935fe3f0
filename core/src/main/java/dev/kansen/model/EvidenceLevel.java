package dev.kansen.model;

/** The recognised evidence behind an intervention, after the NJi Databank Effectieve Jeugdinterventies. */
public enum EvidenceLevel {
  /** Not assessed by a recognition committee. */
  NOT_ASSESSED,
  /** Well founded in theory (goed onderbouwd). */
  WELL_FOUNDED,
  /** Effective, with first indications (effectief volgens eerste aanwijzingen). */
  FIRST_INDICATIONS,
  /** Effective, with good indications (effectief volgens goede aanwijzingen). */
  GOOD_INDICATIONS,
  /** Effective, with strong indications (effectief volgens sterke aanwijzingen). */
  STRONG_INDICATIONS
}
