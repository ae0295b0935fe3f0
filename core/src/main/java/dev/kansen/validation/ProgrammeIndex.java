package dev.kansen.validation;

import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Allocation;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.ContactPoint;
import dev.kansen.model.DocumentLink;
import dev.kansen.model.CohortTable;
import dev.kansen.model.Goal;
import dev.kansen.model.WireNames;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.Intervention;
import dev.kansen.model.Municipality;
import dev.kansen.model.Participation;
import dev.kansen.model.Partner;
import dev.kansen.model.Phase;
import dev.kansen.model.Programme;
import dev.kansen.model.Repayment;
import dev.kansen.model.Transaction;
import dev.kansen.model.WireNames;
import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.validation.internal.KeyPositions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * A programme with lookups by id and by municipality code, built once per validation so that every
 * {@link Rule} resolves references in constant time and stays linear in the size of the programme.
 *
 * <p>When an id occurs more than once (which the {@code DUPLICATE_ID} rule reports), lookups find
 * the first occurrence.
 *
 * <p>It also hands rules the programme's elements located — each with its JSON Pointer — so that no
 * rule builds a pointer by hand: {@link #interventions()}, {@link #partners()}, {@link #grants()} with
 * their {@link #allocations()}, {@link #budgets()} and {@link #transactions()}, the indicators'
 * {@link #figures()} with their breakdowns, and {@link #dates() every date}. Each list is made once, when a
 * rule first asks for it; a list of the programme's own elements makes an element's {@code Located}
 * when it is read. The lists are unmodifiable. Immutable and thread-safe.
 */
public final class ProgrammeIndex {
  private final Programme programme;
  // Each lookup is made when a rule first asks for it: not every validator asks for every one.
  // Two threads may both make one; the maps are equal and either may be kept.
  private volatile KeyPositions partners;
  private volatile KeyPositions goals;
  private volatile KeyPositions interventions;
  private volatile KeyPositions grants;
  private volatile KeyPositions indicators;
  private volatile KeyPositions municipalities;
  private volatile KeyPositions members;
  // The located lists, each made when a rule first asks for it (ProgrammeWalk), so a validation
  // walks only the parts its rules read. Two threads may both make one; the lists are equal and
  // either may be kept (each is unmodifiable and safely published through a volatile field).
  private volatile List<Located<Partner>> locatedPartners;
  private volatile List<Located<Goal>> locatedGoals;
  private volatile List<Located<Intervention>> locatedInterventions;
  private volatile List<Located<Grant>> locatedGrants;
  private volatile List<Located<Indicator>> locatedIndicators;
  private volatile List<Located<CohortTable>> locatedCohortTables;
  private volatile List<Located<Municipality>> locatedMunicipalities;
  private volatile List<Located<AllianceMembership>> locatedMembers;
  private volatile List<Located<Participation>> locatedParticipation;
  private volatile List<Located<Phase>> locatedPhases;
  private volatile List<Located<DocumentLink>> locatedDocuments;
  private volatile List<LocatedIn<Grant, Allocation>> allocations;
  private volatile List<LocatedIn<Grant, BudgetLine>> budgets;
  private volatile List<LocatedIn<Grant, Repayment>> repayments;
  private volatile List<LocatedIn<Grant, Transaction>> transactions;
  private volatile List<LocatedFigure> figures;
  private volatile List<LocatedDate> dates;
  private volatile List<Located<ContactPoint>> contactPoints;
  private volatile PartnerReferences partnerReferences;
  /** What lookups cannot answer, when values were left out of the programme; null when none were. */
  private final LookupGaps gaps;

  private ProgrammeIndex(Programme programme) {
    this(programme, null);
  }

  private ProgrammeIndex(Programme programme, LookupGaps gaps) {
    this.gaps = gaps;
    this.programme = programme;
  }

  private KeyPositions partnersById() {
    KeyPositions m = partners;
    return m != null ? m : (partners = positions(programme.partners(), Partner::id));
  }

  private KeyPositions goalsById() {
    KeyPositions m = goals;
    return m != null ? m : (goals = positions(programme.goals(), Goal::id));
  }

  private KeyPositions interventionsById() {
    KeyPositions m = interventions;
    return m != null ? m : (interventions = positions(programme.interventions(), Intervention::id));
  }

  private KeyPositions grantsById() {
    KeyPositions m = grants;
    return m != null ? m : (grants = positions(programme.grants(), Grant::id));
  }

  private KeyPositions indicatorsById() {
    KeyPositions m = indicators;
    return m != null ? m : (indicators = positions(programme.indicators(), Indicator::id));
  }

  private KeyPositions municipalitiesByCode() {
    KeyPositions m = municipalities;
    return m != null ? m : (municipalities = positions(programme.municipalities(), Municipality::code));
  }

  private KeyPositions membersByCode() {
    KeyPositions m = members;
    return m != null ? m : (members = positions(programme.alliance().members(), AllianceMembership::municipality));
  }

  /**
   * Indexes a programme.
   *
   * @param programme the programme
   * @return its index
   */
  public static ProgrammeIndex of(Programme programme) {
    return new ProgrammeIndex(Objects.requireNonNull(programme, "programme"));
  }

  /**
   * Indexes a programme from which values were left out: its lookups record what they cannot
   * answer, for the validator to ask after each rule.
   */
  static ProgrammeIndex of(Programme programme, LookupGaps gaps) {
    return new ProgrammeIndex(programme, gaps);
  }

  /** @return the left-out value behind a lookup since the last call that could not be answered */
  Optional<JsonPointer> unanswered() {
    return gaps == null ? Optional.empty() : gaps.take();
  }

  private int seen(JsonPointer list, KeyPositions positions, Object key) {
    int i = positions.position(key);
    if (gaps != null) {
      gaps.lookup(list, key, key instanceof String, i == KeyPositions.NONE ? null : i);
    }
    return i;
  }

  private static <T, K> KeyPositions positions(List<T> items, Function<T, K> key) {
    KeyPositions positions = new KeyPositions(items.size());
    for (int i = 0; i < items.size(); i++) {
      positions.putIfAbsent(key.apply(items.get(i)), i);
    }
    return positions;
  }

  private OptionalInt position(JsonPointer list, KeyPositions positions, Object key) {
    int i = seen(list, positions, key);
    return i == KeyPositions.NONE ? OptionalInt.empty() : OptionalInt.of(i);
  }

  private <T> Optional<T> find(JsonPointer list, KeyPositions positions, Object key, List<T> items) {
    int i = seen(list, positions, key);
    return i == KeyPositions.NONE ? Optional.empty() : Optional.of(items.get(i));
  }

  /** @return the programme indexed */
  public Programme programme() {
    return programme;
  }

  /**
   * @param id a partner id
   * @return the first partner with that id
   */
  public Optional<Partner> partner(String id) {
    return find(ProgrammeWalk.PARTNERS, partnersById(), id, programme.partners());
  }

  /**
   * @param id a partner id
   * @return the position of the first partner with that id in {@link Programme#partners()}
   */
  public OptionalInt partnerPosition(String id) {
    return position(ProgrammeWalk.PARTNERS, partnersById(), id);
  }

  private PartnerReferences partnerReferences() {
    PartnerReferences r = partnerReferences;
    // Two threads may both resolve; the results are equal and either may be kept.
    return r != null ? r : (partnerReferences = new PartnerReferences(programme, partnersById()));
  }

  /**
   * The partner a partner's {@code partOf} names, resolved once per validation and shared by every
   * rule that follows it: cheaper than {@link #partnerPosition} with the partner's {@code partOf}.
   *
   * @param partner a position in {@link Programme#partners()}
   * @return the position in {@link Programme#partners()} of the first partner with the id that partner's
   *     {@code partOf} names; -1 when it names none, or no partner has that id
   * @throws IndexOutOfBoundsException when there is no partner at that position
   */
  public int partOfPosition(int partner) {
    if (gaps != null) {
      Optional<String> parent = programme.partners().get(partner).partOf();
      return parent.isPresent() ? positionOrNone(partnerPosition(parent.get())) : PartnerReferences.NONE;
    }
    return partnerReferences().partOf(partner);
  }

  /**
   * The partner an intervention's {@code lead} names, resolved once per validation and shared by
   * every rule that follows it.
   *
   * @param intervention a position in {@link Programme#interventions()}
   * @return the position in {@link Programme#partners()} of the first partner with the id of that
   *     intervention's lead; -1 when it has no lead, or no partner has that id
   * @throws IndexOutOfBoundsException when there is no intervention at that position
   */
  public int leadPosition(int intervention) {
    if (gaps != null) {
      Optional<String> lead = programme.interventions().get(intervention).lead();
      return lead.isPresent() ? positionOrNone(partnerPosition(lead.get())) : PartnerReferences.NONE;
    }
    return partnerReferences().lead(intervention);
  }

  /**
   * The partner one of an intervention's {@code participants} names, resolved once per validation
   * and shared by every rule that follows it.
   *
   * @param intervention a position in {@link Programme#interventions()}
   * @param participant a position in that intervention's {@code participants}
   * @return the position in {@link Programme#partners()} of the first partner with that participant's
   *     id; -1 when no partner has that id
   * @throws IndexOutOfBoundsException when there is no such intervention or participant
   */
  public int participantPosition(int intervention, int participant) {
    if (gaps != null) {
      return positionOrNone(partnerPosition(programme.interventions().get(intervention).participants().get(participant)));
    }
    return partnerReferences().participant(intervention, participant);
  }

  private static int positionOrNone(OptionalInt position) {
    return position.isPresent() ? position.getAsInt() : PartnerReferences.NONE;
  }

  /**
   * @param id a goal id
   * @return the first goal with that id
   */
  public Optional<Goal> goal(String id) {
    return find(ProgrammeWalk.GOALS, goalsById(), id, programme.goals());
  }

  /**
   * @param id an intervention id
   * @return the first intervention with that id
   */
  public Optional<Intervention> intervention(String id) {
    return find(ProgrammeWalk.INTERVENTIONS, interventionsById(), id, programme.interventions());
  }

  /**
   * @param id an intervention id
   * @return the position of the first intervention with that id in {@link Programme#interventions()}
   */
  public OptionalInt interventionPosition(String id) {
    return position(ProgrammeWalk.INTERVENTIONS, interventionsById(), id);
  }

  /**
   * @param id a grant id
   * @return the first grant with that id
   */
  public Optional<Grant> grant(String id) {
    return find(ProgrammeWalk.GRANTS, grantsById(), id, programme.grants());
  }

  /**
   * @param id an indicator id
   * @return the first indicator with that id
   */
  public Optional<Indicator> indicator(String id) {
    return find(ProgrammeWalk.INDICATORS, indicatorsById(), id, programme.indicators());
  }

  /**
   * @param code a CBS municipality code
   * @return the first of the programme's municipalities with that code
   */
  public Optional<Municipality> municipality(MunicipalityCode code) {
    return find(ProgrammeWalk.MUNICIPALITIES, municipalitiesByCode(), code, programme.municipalities());
  }

  /**
   * @param code a CBS municipality code
   * @return the first alliance membership of that municipality
   */
  public Optional<AllianceMembership> membership(MunicipalityCode code) {
    return find(ProgrammeWalk.MEMBERS, membersByCode(), code, programme.alliance().members());
  }

  /**
   * @param code a CBS municipality code
   * @return the position of the first membership of that municipality in the alliance's members
   */
  public OptionalInt membershipPosition(MunicipalityCode code) {
    return position(ProgrammeWalk.MEMBERS, membersByCode(), code);
  }

  /** @return the programme itself, located at the document root, for its own properties */
  public Located<Programme> located() {
    return new Located<>(programme, JsonPointer.root(), 0);
  }

  /** @return the partners, each with its path, e.g. {@code /partners/2} */
  public List<Located<Partner>> partners() {
    List<Located<Partner>> l = locatedPartners;
    return l != null ? l : (locatedPartners = WalkedList.located(programme.partners(), ProgrammeWalk.PARTNERS));
  }

  /** @return the goals, each with its path */
  public List<Located<Goal>> goals() {
    List<Located<Goal>> l = locatedGoals;
    return l != null ? l : (locatedGoals = WalkedList.located(programme.goals(), ProgrammeWalk.GOALS));
  }

  /** @return the interventions, each with its path, e.g. {@code /interventions/3} */
  public List<Located<Intervention>> interventions() {
    List<Located<Intervention>> l = locatedInterventions;
    return l != null ? l
        : (locatedInterventions = WalkedList.located(programme.interventions(), ProgrammeWalk.INTERVENTIONS));
  }

  /** @return the grants, each with its path */
  public List<Located<Grant>> grants() {
    List<Located<Grant>> l = locatedGrants;
    return l != null ? l : (locatedGrants = WalkedList.located(programme.grants(), ProgrammeWalk.GRANTS));
  }

  /** @return the indicators, each with its path */
  public List<Located<Indicator>> indicators() {
    List<Located<Indicator>> l = locatedIndicators;
    return l != null ? l : (locatedIndicators = WalkedList.located(programme.indicators(), ProgrammeWalk.INDICATORS));
  }

  /** @return the cohort tables, each with its path (wire format 1.1) */
  public List<Located<CohortTable>> cohortTables() {
    List<Located<CohortTable>> l = locatedCohortTables;
    return l != null ? l
        : (locatedCohortTables = WalkedList.located(programme.cohortTables(), ProgrammeWalk.COHORT_TABLES));
  }

  /** @return the programme's municipalities, each with its path */
  public List<Located<Municipality>> municipalities() {
    List<Located<Municipality>> l = locatedMunicipalities;
    return l != null ? l
        : (locatedMunicipalities = WalkedList.located(programme.municipalities(), ProgrammeWalk.MUNICIPALITIES));
  }

  /** @return the alliance's memberships, each with its path, e.g. {@code /alliance/members/0} */
  public List<Located<AllianceMembership>> members() {
    List<Located<AllianceMembership>> l = locatedMembers;
    return l != null ? l : (locatedMembers = WalkedList.located(programme.alliance().members(), ProgrammeWalk.MEMBERS));
  }

  /** @return every allocation of every grant, with its grant and path, grant by grant */
  public List<LocatedIn<Grant, Allocation>> allocations() {
    List<LocatedIn<Grant, Allocation>> l = allocations;
    return l != null ? l : (allocations = ProgrammeWalk.inGrants(grants(), Grant::allocations, WireNames.ALLOCATIONS));
  }

  /** @return every budget line of every grant, with its grant and path, grant by grant */
  public List<LocatedIn<Grant, BudgetLine>> budgets() {
    List<LocatedIn<Grant, BudgetLine>> l = budgets;
    return l != null ? l : (budgets = ProgrammeWalk.inGrants(grants(), Grant::budgets, WireNames.BUDGETS));
  }

  /** @return the programme's participation (consultations and the like), each with its path, e.g. {@code /participation/0} */
  public List<Located<Participation>> participation() {
    List<Located<Participation>> l = locatedParticipation;
    return l != null ? l
        : (locatedParticipation = WalkedList.located(programme.participation(), ProgrammeWalk.PARTICIPATION));
  }

  /** @return every repayment of every grant, with its grant and path, grant by grant */
  public List<LocatedIn<Grant, Repayment>> repayments() {
    List<LocatedIn<Grant, Repayment>> l = repayments;
    return l != null ? l : (repayments = ProgrammeWalk.inGrants(grants(), Grant::repayments, WireNames.REPAYMENTS));
  }

  /** @return every transaction of every grant, with its grant and path, grant by grant */
  public List<LocatedIn<Grant, Transaction>> transactions() {
    List<LocatedIn<Grant, Transaction>> l = transactions;
    return l != null ? l
        : (transactions = ProgrammeWalk.inGrants(grants(), Grant::transactions, WireNames.TRANSACTIONS));
  }

  /**
   * @return every figure of every indicator — baseline, then each period's target and actual — with
   *     its indicator, path, school year and located breakdown cells
   */
  public List<LocatedFigure> figures() {
    List<LocatedFigure> l = figures;
    return l != null ? l : (figures = ProgrammeWalk.figures(indicators()));
  }

  /**
   * @return every date of the programme — its period, the alliance's join dates, the interventions'
   *     planned and actual dates and status dates, the grants' and budget lines' periods and the
   *     transactions' dates — each with its path. The alliance's launch date is not among them.
   */
  public List<LocatedDate> dates() {
    List<LocatedDate> l = dates;
    return l != null ? l : (dates = ProgrammeWalk.dates(programme, members(), interventions(), grants(), budgets(),
        transactions()));
  }

  /** @return the phases of the action agenda, each with its path, e.g. {@code /phases/1} */
  public List<Located<Phase>> phases() {
    List<Located<Phase>> l = locatedPhases;
    return l != null ? l : (locatedPhases = WalkedList.located(programme.phases(), ProgrammeWalk.PHASES));
  }

  /** @return the documents linked from the programme, each with its path */
  public List<Located<DocumentLink>> documents() {
    List<Located<DocumentLink>> l = locatedDocuments;
    return l != null ? l : (locatedDocuments = WalkedList.located(programme.documents(), ProgrammeWalk.DOCUMENTS));
  }

  /**
   * @return every contact point — the programme's, then each partner's — with its path, e.g.
   *     {@code /contactPoints/0} or {@code /partners/2/contactPoints/0}
   */
  public List<Located<ContactPoint>> contactPoints() {
    List<Located<ContactPoint>> l = contactPoints;
    return l != null ? l : (contactPoints = ProgrammeWalk.contactPoints(programme, partners()));
  }
}
