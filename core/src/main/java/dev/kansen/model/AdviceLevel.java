package dev.kansen.model;

/**
 * A secondary-school advice level, single or double, as a school gives it (the school advice) and as
 * a final test or doorstroomtoets gives it (the test advice). The constants are in the order of the
 * ladder from praktijkonderwijs to vwo; a double advice sits between its two single levels.
 */
public enum AdviceLevel {
  /** Praktijkonderwijs. */
  PRO("praktijkonderwijs", 0),
  /** Voortgezet speciaal onderwijs; on the ladder at the level of praktijkonderwijs. */
  VSO("vso", 0),
  /** Vmbo basisberoepsgerichte leerweg. */
  VMBO_BB("vmbo-bb", 1),
  /** Vmbo basis/kader. */
  VMBO_BB_KB("vmbo-bb/kb", 2),
  /** Vmbo kaderberoepsgerichte leerweg. */
  VMBO_KB("vmbo-kb", 3),
  /** Vmbo kader/gemengd-theoretisch. */
  VMBO_KB_GT("vmbo-kb/gt", 4),
  /** Vmbo gemengde of theoretische leerweg. */
  VMBO_GT("vmbo-gt", 5),
  /** Vmbo-gt/havo. */
  VMBO_GT_HAVO("vmbo-gt/havo", 6),
  /** Havo. */
  HAVO("havo", 7),
  /** Havo/vwo. */
  HAVO_VWO("havo/vwo", 8),
  /** Vwo. */
  VWO("vwo", 9);

  private final String label;
  private final int rank;

  AdviceLevel(String label, int rank) {
    this.label = label;
    this.rank = rank;
  }

  /** @return the level as schools write it, e.g. {@code vmbo-gt/havo} */
  public String label() {
    return label;
  }

  /** @return the position on the ladder: 0 for praktijkonderwijs and vso up to 9 for vwo */
  public int rank() {
    return rank;
  }

  /**
   * @param other another level
   * @return whether this level is lower on the ladder than the other
   */
  public boolean below(AdviceLevel other) {
    return rank < other.rank;
  }

  /** @return whether a final test or doorstroomtoets can give this level as its test advice (all but vso) */
  public boolean givenByTests() {
    return this != VSO;
  }
}
