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
  /** A programme's, grant's or budget line's period: a start and an end. */
  public static final String PERIOD = "period";
  /** The first day of a period. */
  public static final String START = "start";
  /** The last day of a period. */
  public static final String END = "end";
  /** An intervention's planned period. */
  public static final String PLANNED = "planned";
  /** The day an intervention actually started. */
  public static final String ACTUAL_START = "actualStart";
  /** The day an intervention actually ended. */
  public static final String ACTUAL_END = "actualEnd";
  /** An intervention's status. */
  public static final String STATUS = "status";
  /** The day an intervention took its status. */
  public static final String STATUS_DATE = "statusDate";
  /** The partner that leads an intervention. */
  public static final String LEAD = "lead";
  /** The partners that take part in an intervention besides its lead. */
  public static final String PARTICIPANTS = "participants";
  /** An intervention's municipality, or the municipality of an alliance membership. */
  public static final String MUNICIPALITY = "municipality";
  /** Whom an intervention actually reached. */
  public static final String ACTUAL_REACH = "actualReach";
  /** The count of a reach. */
  public static final String COUNT = "count";
  /** What a reach counts. */
  public static final String UNIT = "unit";
  /** The day a municipality joined the alliance. */
  public static final String JOINED = "joined";
  /** The partner that coordinates the alliance. */
  public static final String COORDINATOR = "coordinator";
  /** The id of a partner, goal, intervention, grant or indicator. */
  public static final String ID = "id";
  /** A municipality's CBS code. */
  public static final String CODE = "code";
  /** The partner a partner belongs to, such as a school's board. */
  public static final String PART_OF = "partOf";
  /** A partner's registered identifiers. */
  public static final String IDENTIFIERS = "identifiers";
  /** The partner that funds a grant. */
  public static final String FUNDER = "funder";
  /** The partner that receives a grant. */
  public static final String RECIPIENT = "recipient";
  /** An amount of money: a grant's, an allocation's, a budget line's or a transaction's. */
  public static final String AMOUNT = "amount";
  /** The currency of an amount. */
  public static final String CURRENCY = "currency";
  /** A grant's allocations to interventions. */
  public static final String ALLOCATIONS = "allocations";
  /** A grant's budget lines. */
  public static final String BUDGETS = "budgets";
  /** A grant's transactions. */
  public static final String TRANSACTIONS = "transactions";
  /** The intervention an allocation or transaction is for. */
  public static final String INTERVENTION = "intervention";
  /** The day of a transaction. */
  public static final String DATE = "date";
  /** An indicator's baseline. */
  public static final String BASELINE = "baseline";
  /** An indicator's periods, each with a target and an actual. */
  public static final String PERIODS = "periods";
  /** The target of an indicator period. */
  public static final String TARGET = "target";
  /** The actual of an indicator period. */
  public static final String ACTUAL = "actual";
  /** The school year of a baseline or an indicator period. */
  public static final String SCHOOL_YEAR = "schoolYear";
  /** The value of a figure or breakdown cell. */
  public static final String VALUE = "value";
  /** The number of pupils a figure or breakdown cell rests on. */
  public static final String PUPILS = "pupils";
  /** The breakdown cells of a figure. */
  public static final String BREAKDOWNS = "breakdowns";
  /** The category of a breakdown cell. */
  public static final String CATEGORY = "category";
  /** The phases of a programme's action agenda. */
  public static final String PHASES = "phases";
  /** The programmes related to a programme. */
  public static final String RELATED_PROGRAMMES = "relatedProgrammes";
  /** The documents linked from a programme. */
  public static final String DOCUMENTS = "documents";
  /** The contact points of a programme or of a partner. */
  public static final String CONTACT_POINTS = "contactPoints";
  /** The breaks in method of an indicator. */
  public static final String METHOD_BREAKS = "methodBreaks";
  /** The programme's participation: consultations of parents and other stakeholders (format 1.1). */
  public static final String PARTICIPATION = "participation";
  /** The repayments of a grant (format 1.1). */
  public static final String REPAYMENTS = "repayments";

  /** The programme's cohort tables, and the cohort table an indicator names (wire format 1.1). */
  public static final String COHORT_TABLES = "cohortTables";
  /** The cohort table an indicator's figures come from (wire format 1.1). */
  public static final String COHORT_TABLE = "cohortTable";

  private WireNames() {}
}
