package dev.kansen.model;

/**
 * The names of the wire format's properties that more than one part of kansen spells: the JSON
 * reader and writer, the model's checks, and the validation walker and rules that point at them.
 * Each name lives here once, so a JSON Pointer in a finding always names the property the wire
 * format uses.
 */
public final class WireNames {
  /** The programme's partners. */
  public static final String PARTNERS = "partners";
  /** The programme's goals. */
  public static final String GOALS = "goals";
  /** The interventions of a programme, and the intervention ids a goal or indicator refers to. */
  public static final String INTERVENTIONS = "interventions";
  /** The programme's grants. */
  public static final String GRANTS = "grants";
  /** The programme's outcome indicators. */
  public static final String INDICATORS = "indicators";
  /** The municipalities the programme runs in. */
  public static final String MUNICIPALITIES = "municipalities";
  /** The programme's alliance. */
  public static final String ALLIANCE = "alliance";
  /** The members of the alliance. */
  public static final String MEMBERS = "members";

  /** The programme's cohort tables, and the cohort table an indicator names (wire format 1.1). */
  public static final String COHORT_TABLES = "cohortTables";
  /** The cohort table an indicator's figures come from (wire format 1.1). */
  public static final String COHORT_TABLE = "cohortTable";

  private WireNames() {}
}
