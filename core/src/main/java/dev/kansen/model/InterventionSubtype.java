package dev.kansen.model;

/**
 * A finer kind of intervention than its {@link InterventionType}, new in wire format 1.1. Each
 * subtype refines one type, which the intervention's {@code type} must name (rule
 * {@code SUBTYPE_TYPE_MISMATCH}); so a reader of format 1.0, which knows only the type, still reads
 * the intervention for what it broadly is.
 */
public enum InterventionSubtype {
  /** Preschool education (voorschoolse educatie, VE) for toddlers from two and a half, funded by the municipality. */
  PRESCHOOL_EDUCATION(InterventionType.EARLY_CHILDHOOD_EDUCATION),
  /** Early-school education (vroegschoolse educatie) in groups 1 and 2 of primary school. */
  EARLY_SCHOOL_EDUCATION(InterventionType.EARLY_CHILDHOOD_EDUCATION),
  /** A transition class (schakelklas): a year of intensive Dutch for pupils with a language deficit. */
  TRANSITION_CLASS(InterventionType.LANGUAGE_STIMULATION);

  private final InterventionType type;

  InterventionSubtype(InterventionType type) {
    this.type = type;
  }

  /** @return the type this subtype refines */
  public InterventionType type() {
    return type;
  }
}
