package dev.kansen.benchmarks;

import dev.kansen.benchmarks.Pojos.AgeRangePojo;
import dev.kansen.benchmarks.Pojos.AllocationPojo;
import dev.kansen.benchmarks.Pojos.BreakdownPojo;
import dev.kansen.benchmarks.Pojos.ContactPointPojo;
import dev.kansen.benchmarks.Pojos.DosagePojo;
import dev.kansen.benchmarks.Pojos.MethodBreakPojo;
import dev.kansen.benchmarks.Pojos.MoneyPojo;
import dev.kansen.model.BudgetStatus;
import dev.kansen.model.BudgetType;
import dev.kansen.model.DocumentKind;
import dev.kansen.model.EducationSector;
import dev.kansen.model.EvidenceLevel;
import dev.kansen.model.FigureStatus;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionSubtype;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Measure;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.ParticipationKind;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.ProgrammeRelation;
import dev.kansen.model.Province;
import dev.kansen.model.ReachUnit;
import dev.kansen.model.Stakeholder;
import dev.kansen.model.Theme;
import dev.kansen.model.TransactionSubtype;
import dev.kansen.model.TransactionType;
import dev.kansen.model.id.IdentifierScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * The classes of {@link Pojos}, the same classes with the same fields in the same order, typed as a
 * developer would type them who wants from Jackson databind the checked values kansen's read gives:
 * every date a {@link LocalDate} (read by jackson-datatype-jsr310's {@code JavaTimeModule}), every
 * enumeration constant the model's own enumeration, every set of constants an {@link EnumSet} of it
 * (kept in declaration order, as kansen writes a set). Amounts, currencies, ids, municipality codes
 * and school years stay texts, and numbers are as in {@link Pojos}; the classes that hold none of
 * these (money, allocations, age ranges, dosages, breakdowns, contact points, method breaks) are
 * {@link Pojos}' own. Context for the national
 * benchmark, not its baseline; {@code NationalDatasetTest} checks that databind writes them back
 * byte-identical to kansen's compact JSON.
 */
public final class TypedPojos {
  private TypedPojos() {}

  /** The Programme of the wire format, as a typed class. */
  public static final class ProgrammePojo {
    /** The formatVersion property. */
    public String formatVersion;
    /** The id property. */
    public String id;
    /** The title property. */
    public String title;
    /** The description property. */
    public String description;
    /** The alliance property. */
    public AlliancePojo alliance;
    /** The municipalities property. */
    public List<MunicipalityPojo> municipalities;
    /** The period property. */
    public DateRangePojo period;
    /** The partners property. */
    public List<PartnerPojo> partners;
    /** The themes property. */
    public EnumSet<Theme> themes;
    /** The goals property. */
    public List<GoalPojo> goals;
    /** The interventions property. */
    public List<InterventionPojo> interventions;
    /** The grants property. */
    public List<GrantPojo> grants;
    /** The indicators property. */
    public List<IndicatorPojo> indicators;
    /** The phases property (1.1). */
    public List<PhasePojo> phases;
    /** The relatedProgrammes property (1.1). */
    public List<RelatedProgrammePojo> relatedProgrammes;
    /** The documents property (1.1). */
    public List<DocumentPojo> documents;
    /** The contactPoints property (1.1). */
    public List<ContactPointPojo> contactPoints;
    /** The participation property. */
    public List<ParticipationPojo> participation;

    /** Creates an empty one, for databind. */
    public ProgrammePojo() {}
  }

  /** The Alliance of the wire format, as a typed class. */
  public static final class AlliancePojo {
    /** The name property. */
    public String name;
    /** The coordinator property. */
    public String coordinator;
    /** The launched property. */
    public LocalDate launched;
    /** The members property. */
    public List<MembershipPojo> members;

    /** Creates an empty one, for databind. */
    public AlliancePojo() {}
  }

  /** The Membership of the wire format, as a typed class. */
  public static final class MembershipPojo {
    /** The municipality property. */
    public String municipality;
    /** The joined property. */
    public LocalDate joined;

    /** Creates an empty one, for databind. */
    public MembershipPojo() {}
  }

  /** The Municipality of the wire format, as a typed class. */
  public static final class MunicipalityPojo {
    /** The code property. */
    public String code;
    /** The name property. */
    public String name;
    /** The province property. */
    public Province province;

    /** Creates an empty one, for databind. */
    public MunicipalityPojo() {}
  }

  /** The Partner of the wire format, as a typed class. */
  public static final class PartnerPojo {
    /** The id property. */
    public String id;
    /** The name property. */
    public String name;
    /** The type property. */
    public OrganisationType type;
    /** The identifiers property. */
    public List<IdentifierPojo> identifiers;
    /** The sectors property. */
    public EnumSet<EducationSector> sectors;
    /** The roles property. */
    public EnumSet<PartnerRole> roles;
    /** The partOf property. */
    public String partOf;
    /** The municipality property. */
    public String municipality;
    /** The description property. */
    public String description;
    /** The contactPoints property (1.1). */
    public List<ContactPointPojo> contactPoints;

    /** Creates an empty one, for databind. */
    public PartnerPojo() {}
  }

  /** The Identifier of the wire format, as a typed class. */
  public static final class IdentifierPojo {
    /** The scheme property. */
    public IdentifierScheme scheme;
    /** The value property. */
    public String value;

    /** Creates an empty one, for databind. */
    public IdentifierPojo() {}
  }

  /** The Goal of the wire format, as a typed class. */
  public static final class GoalPojo {
    /** The id property. */
    public String id;
    /** The title property. */
    public String title;
    /** The description property. */
    public String description;
    /** The themes property. */
    public EnumSet<Theme> themes;
    /** The interventions property. */
    public List<String> interventions;
    /** The indicators property. */
    public List<String> indicators;

    /** Creates an empty one, for databind. */
    public GoalPojo() {}
  }

  /** The Intervention of the wire format, as a typed class. */
  public static final class InterventionPojo {
    /** The id property. */
    public String id;
    /** The title property. */
    public String title;
    /** The description property. */
    public String description;
    /** The type property. */
    public InterventionType type;
    /** The themes property. */
    public EnumSet<Theme> themes;
    /** The targetGroup property. */
    public TargetGroupPojo targetGroup;
    /** The municipality property. */
    public String municipality;
    /** The lead property. */
    public String lead;
    /** The participants property. */
    public List<String> participants;
    /** The planned property. */
    public DateRangePojo planned;
    /** The actualStart property. */
    public LocalDate actualStart;
    /** The actualEnd property. */
    public LocalDate actualEnd;
    /** The status property. */
    public InterventionStatus status;
    /** The statusDate property. */
    public LocalDate statusDate;
    /** The plannedReach property. */
    public ReachPojo plannedReach;
    /** The actualReach property. */
    public ReachPojo actualReach;
    /** The evidence property. */
    public EvidenceLevel evidence;
    /** The evidenceSource property. */
    public String evidenceSource;
    /** The subtype property. */
    public InterventionSubtype subtype;
    /** The eligiblePopulation property. */
    public ReachPojo eligiblePopulation;
    /** The dosage property. */
    public DosagePojo dosage;

    /** Creates an empty one, for databind. */
    public InterventionPojo() {}
  }

  /** The Participation of the wire format (1.1), as a typed class. */
  public static final class ParticipationPojo {
    /** The id property. */
    public String id;
    /** The title property. */
    public String title;
    /** The kind property. */
    public ParticipationKind kind;
    /** The stakeholders property. */
    public EnumSet<Stakeholder> stakeholders;
    /** The date property. */
    public LocalDate date;
    /** The organiser property. */
    public String organiser;
    /** The interventions property. */
    public List<String> interventions;
    /** The participants property. */
    public ReachPojo participants;
    /** The description property. */
    public String description;
    /** The outcome property. */
    public String outcome;

    /** Creates an empty one, for databind. */
    public ParticipationPojo() {}
  }

  /** The Repayment of the wire format (1.1), as a typed class. */
  public static final class RepaymentPojo {
    /** The date property. */
    public LocalDate date;
    /** The amount property. */
    public MoneyPojo amount;
    /** The category property. */
    public String category;
    /** The description property. */
    public String description;

    /** Creates an empty one, for databind. */
    public RepaymentPojo() {}
  }

  /** The TargetGroup of the wire format, as a typed class. */
  public static final class TargetGroupPojo {
    /** The ages property. */
    public AgeRangePojo ages;
    /** The groups property. */
    public List<Integer> groups;
    /** The sectors property. */
    public EnumSet<EducationSector> sectors;
    /** The description property. */
    public String description;
    /** The minAgeMonths property. */
    public Integer minAgeMonths;
    /** The maxAgeMonths property. */
    public Integer maxAgeMonths;

    /** Creates an empty one, for databind. */
    public TargetGroupPojo() {}
  }

  /** The Reach of the wire format, as a typed class. */
  public static final class ReachPojo {
    /** The count property. */
    public Long count;
    /** The unit property. */
    public ReachUnit unit;

    /** Creates an empty one, for databind. */
    public ReachPojo() {}
  }

  /** The DateRange of the wire format, as a typed class. */
  public static final class DateRangePojo {
    /** The start property. */
    public LocalDate start;
    /** The end property. */
    public LocalDate end;

    /** Creates an empty one, for databind. */
    public DateRangePojo() {}
  }

  /** The Grant of the wire format, as a typed class. */
  public static final class GrantPojo {
    /** The id property. */
    public String id;
    /** The funder property. */
    public String funder;
    /** The recipient property. */
    public String recipient;
    /** The amount property. */
    public MoneyPojo amount;
    /** The period property. */
    public DateRangePojo period;
    /** The purpose property. */
    public String purpose;
    /** The allocations property. */
    public List<AllocationPojo> allocations;
    /** The budgets property. */
    public List<BudgetLinePojo> budgets;
    /** The transactions property. */
    public List<TransactionPojo> transactions;
    /** The scheme property. */
    public String scheme;
    /** The year property. */
    public Integer year;
    /** The coFinancing property. */
    public MoneyPojo coFinancing;
    /** The carriedOver property. */
    public MoneyPojo carriedOver;
    /** The repayments property. */
    public List<RepaymentPojo> repayments;

    /** Creates an empty one, for databind. */
    public GrantPojo() {}
  }

  /** The BudgetLine of the wire format, as a typed class. */
  public static final class BudgetLinePojo {
    /** The period property. */
    public DateRangePojo period;
    /** The amount property. */
    public MoneyPojo amount;
    /** The type property. */
    public BudgetType type;
    /** The status property. */
    public BudgetStatus status;
    /** The category property. */
    public String category;

    /** Creates an empty one, for databind. */
    public BudgetLinePojo() {}
  }

  /** The Transaction of the wire format, as a typed class. */
  public static final class TransactionPojo {
    /** The type property. */
    public TransactionType type;
    /** The date property. */
    public LocalDate date;
    /** The amount property. */
    public MoneyPojo amount;
    /** The intervention property. */
    public String intervention;
    /** The description property. */
    public String description;
    /** The subtype property. */
    public TransactionSubtype subtype;
    /** The category property. */
    public String category;

    /** Creates an empty one, for databind. */
    public TransactionPojo() {}
  }

  /** The Indicator of the wire format, as a typed class. */
  public static final class IndicatorPojo {
    /** The id property. */
    public String id;
    /** The title property. */
    public String title;
    /** The description property. */
    public String description;
    /** The measure property. */
    public Measure measure;
    /** The ascending property. */
    public Boolean ascending;
    /** The unit property. */
    public String unit;
    /** The interventions property. */
    public List<String> interventions;
    /** The baseline property. */
    public BaselinePojo baseline;
    /** The periods property. */
    public List<IndicatorPeriodPojo> periods;
    /** The methodBreaks property (1.1). */
    public List<MethodBreakPojo> methodBreaks;

    /** Creates an empty one, for databind. */
    public IndicatorPojo() {}
  }

  /** The Baseline of the wire format, as a typed class. */
  public static final class BaselinePojo {
    /** The schoolYear property. */
    public String schoolYear;
    /** The value property. */
    public BigDecimal value;
    /** The pupils property. */
    public Integer pupils;
    /** The comment property. */
    public String comment;
    /** The breakdowns property. */
    public List<BreakdownPojo> breakdowns;
    /** The source property (1.1). */
    public String source;
    /** The measuredOn property (1.1). */
    public LocalDate measuredOn;
    /** The status property (1.1). */
    public FigureStatus status;

    /** Creates an empty one, for databind. */
    public BaselinePojo() {}
  }

  /** The IndicatorPeriod of the wire format, as a typed class. */
  public static final class IndicatorPeriodPojo {
    /** The schoolYear property. */
    public String schoolYear;
    /** The target property. */
    public ObservationPojo target;
    /** The actual property. */
    public ObservationPojo actual;

    /** Creates an empty one, for databind. */
    public IndicatorPeriodPojo() {}
  }

  /** The Observation of the wire format, as a typed class. */
  public static final class ObservationPojo {
    /** The value property. */
    public BigDecimal value;
    /** The pupils property. */
    public Integer pupils;
    /** The comment property. */
    public String comment;
    /** The breakdowns property. */
    public List<BreakdownPojo> breakdowns;
    /** The source property (1.1). */
    public String source;
    /** The measuredOn property (1.1). */
    public LocalDate measuredOn;
    /** The status property (1.1). */
    public FigureStatus status;

    /** Creates an empty one, for databind. */
    public ObservationPojo() {}
  }

  /** The Phase of the wire format (1.1), as a typed class. */
  public static final class PhasePojo {
    /** The title property. */
    public String title;
    /** The period property. */
    public DateRangePojo period;
    /** The description property. */
    public String description;
    /** The goals property. */
    public List<String> goals;

    /** Creates an empty one, for databind. */
    public PhasePojo() {}
  }

  /** The RelatedProgramme of the wire format (1.1), as a typed class. */
  public static final class RelatedProgrammePojo {
    /** The relation property. */
    public ProgrammeRelation relation;
    /** The title property. */
    public String title;
    /** The programme property. */
    public String programme;

    /** Creates an empty one, for databind. */
    public RelatedProgrammePojo() {}
  }

  /** The DocumentLink of the wire format (1.1), as a typed class. */
  public static final class DocumentPojo {
    /** The title property. */
    public String title;
    /** The address property. */
    public String address;
    /** The date property. */
    public LocalDate date;
    /** The kind property. */
    public DocumentKind kind;

    /** Creates an empty one, for databind. */
    public DocumentPojo() {}
  }
}
