package dev.kansen.testing;

import dev.kansen.model.AgeRange;
import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Allocation;
import dev.kansen.model.Baseline;
import dev.kansen.model.Breakdown;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.BudgetStatus;
import dev.kansen.model.BudgetType;
import dev.kansen.model.DateRange;
import dev.kansen.model.EducationSector;
import dev.kansen.model.EvidenceLevel;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Measure;
import dev.kansen.model.Money;
import dev.kansen.model.Municipality;
import dev.kansen.model.Observation;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.Province;
import dev.kansen.model.Reach;
import dev.kansen.model.ReachUnit;
import dev.kansen.model.SchoolYear;
import dev.kansen.model.TargetGroup;
import dev.kansen.model.Theme;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import dev.kansen.model.id.Identifier;
import dev.kansen.model.id.KvkNumber;
import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.model.id.Oin;
import dev.kansen.model.id.OrganisationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Random valid {@link Programme}s for property tests and benchmarks.
 *
 * <p>Every attribute of every model type is exercised, and every generated programme satisfies
 * the cross-object rules a strict validator checks, judged at {@link #AS_OF}: ids are unique
 * and every reference resolves; every date lies inside the programme period, which ends before
 * {@code AS_OF}; intervention dates fit the status (a pipeline intervention has not started, a
 * closed one has ended, a cancelled one has a status date and no disbursement after it); partners
 * carry identifiers that fit their type, no identifier twice; funders hold the funding role, leads
 * and participants the implementing role; allocations never exceed their grant, disbursements never
 * exceed commitments, budget lines cover at most a year and never overlap, all money is in euros; indicator
 * baselines precede their periods, periods are distinct school years, values are present unless
 * qualitative, percentages lie in 0..100, every pupil count is at least {@link #MIN_PUPILS} and
 * breakdowns per dimension add up to their figure; programme municipalities joined the alliance
 * on or before the programme start. Some entities carry unknown properties as raw JSON text. The
 * parts of wire format 1.1 about time and sources come from {@link TimeAndSourcesGenerator}.
 *
 * <p>The same random state always gives the same programme.
 */
public final class ProgrammeGenerator {
  /** The as-of date the generated programmes are valid at: everything in them lies before it. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
  /** The earliest date in a generated programme's period. */
  public static final LocalDate EARLIEST = LocalDate.of(2016, 1, 1);
  /** The smallest pupil count behind any generated figure (the default small-cell threshold). */
  public static final int MIN_PUPILS = 10;
  /** Raw JSON texts used as the values of unknown properties. */
  public static final List<String> RAW_JSON = List.of(
      "\"x\"", "42", "-1.5e3", "true", "false", "null", "[]", "{}", "{\"a\":[1,2]}",
      "\"caf\u00e9 \\\"quoted\\\" \\u00e9\"", "[{\"nested\":{\"deep\":[null,0.1]}}]");

  private static final LocalDate LAST = AS_OF.minusDays(1);
  private static final String[] PLACES = {"'s-Hertogenbosch", "Sittard-Geleen", "Roermond", "Venray",
      "Heerlen", "Zwolle", "S\u00fadwest-Frysl\u00e2n", "Den Haag", "Utrecht", "Groningen"};
  private static final String[] WORDS = {"Kansrijk", "De Regenboog", "Zomerschool", "Taal", "Ouders",
      "Talent", "Brug", "Warme overdracht", "Huiswerk", "Peuterplein", "Sport & spel", "\u00c9\u00e9n"};
  private static final Map<String, List<String>> DIMENSIONS = Map.of(
      Breakdown.PARENTAL_EDUCATION, List.of("low", "middle", "high"),
      "gender", List.of("girls", "boys"),
      "schoolAdvice", List.of("vmbo", "havo", "vwo", "mixed"));

  /** Sizes for benchmarks and tests that want a known scale. */
  public enum Size {
    /** A handful of interventions. */
    SMALL(5),
    /** A hundred interventions. */
    MEDIUM(100),
    /** Two thousand interventions. */
    LARGE(2000);

    private final int interventions;

    Size(int interventions) {
      this.interventions = interventions;
    }

    /** @return the number of interventions a programme of this size has */
    public int interventions() {
      return interventions;
    }
  }

  private final SplittableRandom random;
  private final Set<String> identifiers = new HashSet<>();
  private final Map<String, InterventionStatus> statuses = new HashMap<>();
  private final Map<String, LocalDate> cancelled = new HashMap<>();
  private DateRange period;

  private ProgrammeGenerator(SplittableRandom random) {
    this.random = random;
  }

  /**
   * A valid programme of random size, from empty to half a dozen interventions.
   *
   * @param random the source of randomness
   * @return the programme
   */
  public static Programme programme(SplittableRandom random) {
    return programme(random, random.nextInt(0, 7));
  }

  /**
   * A valid programme of a known size.
   *
   * @param random the source of randomness
   * @param size the size
   * @return the programme
   */
  public static Programme programme(SplittableRandom random, Size size) {
    return programme(random, size.interventions());
  }

  /**
   * A valid programme with exactly the given number of interventions; partners, grants, goals and
   * indicators grow with it.
   *
   * @param random the source of randomness
   * @param interventions the number of interventions, not negative
   * @return the programme
   */
  public static Programme programme(SplittableRandom random, int interventions) {
    if (interventions < 0) {
      throw new IllegalArgumentException("interventions must not be negative, but was " + interventions);
    }
    return new ProgrammeGenerator(random).build(interventions, null);
  }

  /**
   * The counts of a programme's parts, for programmes of a realistic shape: the generator's own
   * proportions give a programme of 25 interventions about 10 partners, 3 grants and 5 indicators;
   * a national dashboard's typical programme has more of each.
   *
   * @param interventions the number of interventions, not negative
   * @param partners the number of partners, at least 1 when there are interventions
   * @param grants the number of grants, not negative (none when no partner funds)
   * @param indicators the number of indicators, not negative
   */
  public record Shape(int interventions, int partners, int grants, int indicators) {
    /**
     * The realistic programme of the national benchmark: 25 interventions, 40 partners, 6 grants and 12 indicators
     * (about 39 KB of compact JSON).
     */
    public static final Shape REALISTIC = new Shape(25, 40, 6, 12);

    /** Checks the counts. */
    public Shape {
      if (interventions < 0 || partners < 0 || grants < 0 || indicators < 0 || interventions > 0 && partners == 0) {
        throw new IllegalArgumentException("Counts must not be negative, and interventions need a partner: " + this);
      }
    }
  }

  /**
   * A valid programme with exactly the given numbers of interventions, partners and indicators, and
   * of grants when a partner funds (most programmes have one).
   *
   * @param random the source of randomness
   * @param shape the counts
   * @return the programme
   */
  public static Programme programme(SplittableRandom random, Shape shape) {
    return new ProgrammeGenerator(random).build(shape.interventions(), shape);
  }

  private Programme build(int interventionCount, Shape shape) {
    LocalDate start = date(EARLIEST, LocalDate.of(2023, 12, 31));
    period = DateRange.of(start, min(start.plusDays(random.nextInt(180, 5 * 365)), LAST));

    List<Municipality> municipalities = municipalities(random.nextInt(1, 5));

    int partnerCount = shape != null ? shape.partners() : interventionCount == 0 ? random.nextInt(0, 4)
        : random.nextInt(1 + interventionCount / 3, 3 + interventionCount / 2);
    List<Partner> partners = partners(partnerCount, municipalities, interventionCount > 0);
    List<String> implementers = idsWithRole(partners, PartnerRole.IMPLEMENTING);
    List<String> funders = idsWithRole(partners, PartnerRole.FUNDING);
    Alliance alliance = alliance(municipalities, partners);

    int indicatorCount = shape != null ? shape.indicators() : random.nextInt(0, 3) + interventionCount / 5;
    List<Intervention> interventions = new ArrayList<>();
    for (int i = 0; i < interventionCount; i++) {
      interventions.add(intervention("int-" + i, implementers, municipalities));
    }
    List<String> interventionIds = interventions.stream().map(Intervention::id).toList();
    List<String> indicatorIds = new ArrayList<>();
    for (int i = 0; i < indicatorCount; i++) {
      indicatorIds.add("ind:" + i);
    }

    List<Grant> grants = new ArrayList<>();
    int grantCount = funders.isEmpty() ? 0 : shape != null ? shape.grants() : random.nextInt(0, 3) + interventionCount / 8;
    for (int i = 0; i < grantCount; i++) {
      grants.add(grant("grant." + i, funders, partners, interventionIds));
    }
    List<Indicator> indicators = new ArrayList<>();
    for (String id : indicatorIds) {
      indicators.add(indicator(id, interventionIds));
    }
    List<Goal> goals = new ArrayList<>();
    for (int i = random.nextInt(0, 4) + interventionCount / 20; i > 0; i--) {
      goals.add(goal("goal_" + i, interventionIds, indicatorIds));
    }

    Programme programme = Programme.builder()
        .id("GKA-" + IdentifierGenerator.digits(random, 4) + "-" + random.nextInt(1000))
        .title("Gelijke Kansen " + pick(PLACES) + " " + period.start().getYear())
        .description(maybeText("Programme of the alliance"))
        .alliance(alliance)
        .municipalities(municipalities)
        .period(period)
        .partners(partners)
        .themes(subset(Theme.class))
        .goals(goals)
        .interventions(interventions)
        .grants(grants)
        .indicators(indicators)
        .unknownProperties(unknownProperties())
        .build();
    // Seeded from the programme itself, so the draws above are the same with or without the 1.1 parts;
    // from its text, not its hashCode(), which sums enumeration constants' identity hash codes and so
    // differs from one JVM to the next (GeneratorDeterminismTest).
    Programme decorated = TimeAndSourcesGenerator.decorate(programme, new SplittableRandom(programme.toString().hashCode()), AS_OF);
    return OabParts.add(decorated, new SplittableRandom(random.nextLong()));
  }

  // --- alliance and municipalities -------------------------------------------------------------

  private List<Municipality> municipalities(int count) {
    List<Municipality> out = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    while (out.size() < count) {
      MunicipalityCode code = IdentifierGenerator.municipalityCode(random);
      if (codes.add(code.value())) {
        out.add(Municipality.builder().code(code).name(pick(PLACES)).province(pick(Province.values()))
            .unknownProperties(unknownProperties()).build());
      }
    }
    return out;
  }

  private Alliance alliance(List<Municipality> municipalities, List<Partner> partners) {
    Optional<LocalDate> launched = random.nextBoolean()
        ? Optional.of(date(LocalDate.of(2014, 1, 1), period.start())) : Optional.empty();
    LocalDate earliestJoin = launched.orElse(LocalDate.of(2014, 1, 1));
    Alliance.Builder alliance = Alliance.builder()
        .name("Gelijke Kansen Alliantie " + pick(PLACES))
        .launched(launched)
        .unknownProperties(unknownProperties());
    if (!partners.isEmpty() && random.nextBoolean()) {
      alliance.coordinator(pick(partners).id());
    }
    for (Municipality m : municipalities) {
      alliance.addMembers(AllianceMembership.builder().municipality(m.code())
          .joined(date(earliestJoin, period.start())).unknownProperties(unknownProperties()).build());
    }
    Set<String> codes = new HashSet<>();
    municipalities.forEach(m -> codes.add(m.code().value()));
    for (int i = random.nextInt(0, 3); i > 0; i--) {
      MunicipalityCode other = IdentifierGenerator.municipalityCode(random);
      if (codes.add(other.value())) {
        alliance.addMembers(AllianceMembership.builder().municipality(other).joined(date(earliestJoin, LAST)).build());
      }
    }
    return alliance.build();
  }

  // --- partners --------------------------------------------------------------------------------

  private List<Partner> partners(int count, List<Municipality> municipalities, boolean needImplementer) {
    List<Partner> out = new ArrayList<>();
    List<MunicipalityCode> freeMunicipalities = new ArrayList<>();
    municipalities.forEach(m -> freeMunicipalities.add(m.code()));
    EnumSet<Province> freeProvinces = EnumSet.allOf(Province.class);
    boolean needFunder = random.nextInt(4) != 0;
    for (int i = 0; i < count; i++) {
      OrganisationType type = pick(OrganisationType.values());
      while (type == OrganisationType.MUNICIPALITY && freeMunicipalities.isEmpty()
          || type == OrganisationType.PROVINCE && freeProvinces.isEmpty()) {
        type = pick(OrganisationType.values());
      }
      EnumSet<PartnerRole> roles = subset(PartnerRole.class);
      if (roles.isEmpty() || i == 0 && needImplementer) {
        roles.add(PartnerRole.IMPLEMENTING);
      }
      if (i == count - 1 && needFunder) {
        roles.add(PartnerRole.FUNDING);
      }
      Partner.Builder partner = Partner.builder()
          .id(random.nextBoolean() ? "partner-" + i : "org." + i)
          .name(pick(WORDS) + " " + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + i)
          .type(type)
          .roles(roles)
          .description(maybeText("A partner of the alliance"))
          .unknownProperties(unknownProperties());
      Optional<MunicipalityCode> seat = random.nextBoolean()
          ? Optional.of(pick(municipalities).code()) : Optional.empty();
      switch (type) {
        case MUNICIPALITY -> {
          MunicipalityCode code = freeMunicipalities.remove(random.nextInt(freeMunicipalities.size()));
          partner.addIdentifiers(unique(() -> code));
          seat = Optional.of(code);
        }
        case PROVINCE -> {
          Province province = List.copyOf(freeProvinces).get(random.nextInt(freeProvinces.size()));
          freeProvinces.remove(province);
          partner.addIdentifiers(unique(province::code));
        }
        case MINISTRY -> partner.addIdentifiers(unique(() -> IdentifierGenerator.oin(random)));
        case PRIMARY_SCHOOL, SPECIAL_SCHOOL, SECONDARY_SCHOOL, VOCATIONAL_SCHOOL -> {
          int which = random.nextInt(3);
          if (which != 1) {
            partner.addIdentifiers(unique(() -> IdentifierGenerator.brinCode(random)));
          }
          if (which != 0) {
            partner.addIdentifiers(unique(() -> IdentifierGenerator.rioOnderwijslocatieCode(random)));
          }
        }
        case SCHOOL_BOARD, UNIVERSITY_OF_APPLIED_SCIENCES, UNIVERSITY -> {
          partner.addIdentifiers(random.nextBoolean()
              ? unique(() -> IdentifierGenerator.rioOnderwijsaanbiederCode(random))
              : unique(() -> IdentifierGenerator.brinCode(random)));
          if (random.nextBoolean()) {
            kvk(partner);
          }
        }
        case CHILDCARE, PRESCHOOL -> {
          partner.addIdentifiers(unique(() -> IdentifierGenerator.lrkNumber(random)));
          if (random.nextBoolean()) {
            kvk(partner);
          }
        }
        default -> kvk(partner);
      }
      partner.municipality(seat).sectors(sectors(type));
      if (i > 0 && random.nextInt(4) == 0) {
        partner.partOf(out.get(random.nextInt(i)).id());
      }
      out.add(partner.build());
    }
    return out;
  }

  /** Adds a unique KvK number, sometimes with the OIN or org-id derived from it. */
  private void kvk(Partner.Builder partner) {
    KvkNumber kvk;
    Oin oin;
    OrganisationId orgId;
    do {
      kvk = IdentifierGenerator.kvkNumber(random);
      oin = Oin.fromKvk(kvk);
      orgId = OrganisationId.ofKvk(kvk);
    } while (identifiers.contains(key(kvk)) || identifiers.contains(key(oin)) || identifiers.contains(key(orgId)));
    identifiers.add(key(kvk));
    partner.addIdentifiers(kvk);
    int derived = random.nextInt(4);
    if (derived == 1) {
      identifiers.add(key(oin));
      partner.addIdentifiers(oin);
    } else if (derived == 2) {
      identifiers.add(key(orgId));
      partner.addIdentifiers(orgId);
    }
  }

  private Identifier unique(Supplier<? extends Identifier> supplier) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      Identifier id = supplier.get();
      if (identifiers.add(key(id))) {
        return id;
      }
    }
    throw new IllegalStateException("no unique identifier after 1000 attempts");
  }

  private static String key(Identifier id) {
    return id.scheme() + ":" + id.value();
  }

  private EnumSet<EducationSector> sectors(OrganisationType type) {
    return switch (type) {
      case PRIMARY_SCHOOL -> EnumSet.of(EducationSector.PRIMARY);
      case SPECIAL_SCHOOL -> EnumSet.of(EducationSector.SPECIAL);
      case SECONDARY_SCHOOL -> EnumSet.of(EducationSector.SECONDARY);
      case VOCATIONAL_SCHOOL -> EnumSet.of(EducationSector.VOCATIONAL);
      case UNIVERSITY_OF_APPLIED_SCIENCES -> EnumSet.of(EducationSector.HIGHER_PROFESSIONAL);
      case UNIVERSITY -> EnumSet.of(EducationSector.UNIVERSITY);
      case CHILDCARE, PRESCHOOL -> EnumSet.of(EducationSector.EARLY_CHILDHOOD);
      case SAMENWERKINGSVERBAND -> EnumSet.of(random.nextBoolean() ? EducationSector.PRIMARY : EducationSector.SECONDARY);
      case SCHOOL_BOARD -> {
        EnumSet<EducationSector> s = EnumSet.of(EducationSector.PRIMARY);
        if (random.nextBoolean()) {
          s.add(EducationSector.SPECIAL);
        }
        yield s;
      }
      default -> subset(EducationSector.class);
    };
  }

  private static List<String> idsWithRole(List<Partner> partners, PartnerRole role) {
    return partners.stream().filter(p -> p.hasRole(role)).map(Partner::id).toList();
  }

  // --- interventions ---------------------------------------------------------------------------

  private Intervention intervention(String id, List<String> implementers, List<Municipality> municipalities) {
    InterventionStatus status = pick(InterventionStatus.values());
    DateRange planned = within(period);
    Intervention.Builder b = Intervention.builder()
        .id(id)
        .title(pick(WORDS) + " " + id)
        .description(maybeText("What the intervention does"))
        .type(pick(InterventionType.values()))
        .themes(subset(Theme.class))
        .status(status)
        .planned(planned)
        .unknownProperties(unknownProperties());
    if (random.nextBoolean()) {
      b.targetGroup(targetGroup());
    }
    if (random.nextBoolean()) {
      b.municipality(pick(municipalities).code());
    }
    String lead = pick(implementers);
    b.lead(lead);
    List<String> others = new ArrayList<>(implementers);
    others.remove(lead);
    for (int n = random.nextInt(0, 4); n > 0 && !others.isEmpty(); n--) {
      b.addParticipants(others.remove(random.nextInt(others.size())));
    }

    Optional<LocalDate> actualStart = Optional.empty();
    Optional<LocalDate> actualEnd = Optional.empty();
    Optional<LocalDate> statusDate = Optional.empty();
    switch (status) {
      case PIPELINE -> statusDate = maybe(() -> date(period.start(), period.end()));
      case IMPLEMENTATION, FINALISATION, SUSPENDED, CLOSED -> {
        LocalDate start = date(period.start(), period.end());
        actualStart = Optional.of(start);
        if (status == InterventionStatus.CLOSED || status == InterventionStatus.FINALISATION && random.nextBoolean()) {
          actualEnd = Optional.of(date(start, period.end()));
        }
        statusDate = status == InterventionStatus.SUSPENDED
            ? Optional.of(date(start, period.end())) : maybe(() -> date(start, period.end()));
      }
      case CANCELLED -> {
        LocalDate cancelledOn = date(period.start(), period.end());
        statusDate = Optional.of(cancelledOn);
        cancelled.put(id, cancelledOn);
        if (random.nextBoolean()) {
          LocalDate start = date(period.start(), cancelledOn);
          actualStart = Optional.of(start);
          actualEnd = maybe(() -> date(start, cancelledOn));
        }
      }
    }
    statuses.put(id, status);
    b.actualStart(actualStart).actualEnd(actualEnd).statusDate(statusDate);

    Optional<Reach> plannedReach = maybe(() -> Reach.of(random.nextLong(1, 5000), pick(ReachUnit.values())));
    b.plannedReach(plannedReach);
    if (actualStart.isPresent() && random.nextBoolean()) {
      b.actualReach(plannedReach
          .map(p -> Reach.of(random.nextLong(0, p.count() + 1), p.unit()))
          .orElseGet(() -> Reach.of(random.nextLong(0, 5000), pick(ReachUnit.values()))));
    }
    EvidenceLevel evidence = pick(EvidenceLevel.values());
    if (evidence != EvidenceLevel.NOT_ASSESSED || random.nextBoolean()) {
      b.evidence(evidence);
    }
    if (evidence != EvidenceLevel.NOT_ASSESSED && random.nextBoolean()) {
      b.evidenceSource("Databank Effectieve Jeugdinterventies (NJi)");
    }
    return b.build();
  }

  private TargetGroup targetGroup() {
    TargetGroup.Builder b = TargetGroup.builder().unknownProperties(unknownProperties());
    if (random.nextBoolean()) {
      int min = random.nextInt(0, AgeRange.MAX_AGE + 1);
      b.ages(AgeRange.of(min, random.nextInt(min, AgeRange.MAX_AGE + 1)));
    }
    for (int g = 1; g <= 8; g++) {
      if (random.nextInt(3) == 0) {
        b.addGroups(g);
      }
    }
    return b.sectors(subset(EducationSector.class)).description(maybeText("Pupils and their parents")).build();
  }

  // --- goals -----------------------------------------------------------------------------------

  private Goal goal(String id, List<String> interventions, List<String> indicators) {
    return Goal.builder()
        .id(id)
        .title("Goal " + pick(WORDS))
        .description(maybeText("An action-agenda goal"))
        .themes(subset(Theme.class))
        .interventions(sample(interventions, 4))
        .indicators(sample(indicators, 3))
        .unknownProperties(unknownProperties())
        .build();
  }

  // --- funding ---------------------------------------------------------------------------------

  private Grant grant(String id, List<String> funders, List<Partner> partners, List<String> interventions) {
    String funder = pick(funders);
    List<String> recipients = new ArrayList<>(partners.stream().map(Partner::id).toList());
    if (recipients.size() > 1) {
      recipients.remove(funder);
    }
    long cents = random.nextInt(4) == 0 ? 100 * random.nextLong(1_000, 1_000_000) : random.nextLong(100_000, 100_000_000);
    DateRange grantPeriod = within(period);
    Grant.Builder b = Grant.builder()
        .id(id)
        .funder(funder)
        .recipient(pick(recipients))
        .amount(euros(cents))
        .period(grantPeriod)
        .purpose(maybeText("Funding for the programme's interventions"))
        .unknownProperties(unknownProperties());

    List<String> allocated = sample(interventions, 4);
    List<Long> shares = split(cents, allocated.size());
    for (int i = 0; i < allocated.size(); i++) {
      b.addAllocations(Allocation.builder().intervention(allocated.get(i)).amount(euros(shares.get(i)))
          .unknownProperties(unknownProperties()).build());
    }

    LocalDate next = grantPeriod.start();
    for (long budget : split(cents, random.nextInt(0, 4))) {
      if (next.isAfter(grantPeriod.end())) {
        break;
      }
      LocalDate start = date(next, grantPeriod.end());
      LocalDate end = date(start, min(start.plusYears(1).minusDays(1), grantPeriod.end()));
      next = end.plusDays(1);
      b.addBudgets(BudgetLine.builder().period(DateRange.of(start, end)).amount(euros(budget))
          .type(pick(BudgetType.values())).status(pick(BudgetStatus.values()))
          .unknownProperties(unknownProperties()).build());
    }

    if (random.nextInt(3) != 0) {
      transactions(b, cents, grantPeriod, allocated);
    }
    return b.build();
  }

  /** Commitments first, then disbursements up to what was committed, then expenditure up to what was disbursed. */
  private void transactions(Grant.Builder b, long cents, DateRange grantPeriod, List<String> allocated) {
    LocalDate middle = grantPeriod.start().plusDays(grantPeriod.days() / 2);
    List<Long> commitments = split(cents, random.nextInt(1, 3));
    LocalDate lastCommitment = grantPeriod.start();
    for (long amount : commitments) {
      LocalDate date = date(grantPeriod.start(), middle);
      lastCommitment = date.isAfter(lastCommitment) ? date : lastCommitment;
      b.addTransactions(transaction(TransactionType.COMMITMENT, date, amount, Optional.empty()));
    }
    long committed = commitments.stream().mapToLong(Long::longValue).sum();
    List<Long> disbursements = split(committed, random.nextInt(0, 4));
    LocalDate lastDisbursement = lastCommitment;
    for (long amount : disbursements) {
      LocalDate date = date(lastCommitment, grantPeriod.end());
      lastDisbursement = date.isAfter(lastDisbursement) ? date : lastDisbursement;
      Optional<String> intervention = allocated.isEmpty() || random.nextBoolean()
          ? Optional.empty() : Optional.of(pick(allocated));
      if (intervention.isPresent() && cancelled.containsKey(intervention.get())
          && date.isAfter(cancelled.get(intervention.get()))) {
        intervention = Optional.empty();
      }
      b.addTransactions(transaction(TransactionType.DISBURSEMENT, date, amount, intervention));
    }
    long disbursed = disbursements.stream().mapToLong(Long::longValue).sum();
    for (long amount : split(disbursed, random.nextInt(0, 3))) {
      Optional<String> intervention = allocated.isEmpty() || random.nextBoolean()
          ? Optional.empty() : Optional.of(pick(allocated));
      b.addTransactions(transaction(TransactionType.EXPENDITURE, date(lastDisbursement, grantPeriod.end()), amount,
          intervention.filter(i -> !cancelled.containsKey(i))));
    }
  }

  private Transaction transaction(TransactionType type, LocalDate date, long cents, Optional<String> intervention) {
    return Transaction.builder().type(type).date(date).amount(euros(cents)).intervention(intervention)
        .description(maybeText(type.name().toLowerCase(java.util.Locale.ROOT) + " as booked"))
        .unknownProperties(unknownProperties()).build();
  }

  /** Splits an amount into parts that add up to at most the amount. */
  private List<Long> split(long cents, int parts) {
    List<Long> out = new ArrayList<>();
    long left = cents;
    for (int i = 0; i < parts; i++) {
      long part = i == parts - 1 && random.nextBoolean() ? left : random.nextLong(0, left + 1);
      out.add(part);
      left -= part;
    }
    return out;
  }

  private static Money euros(long cents) {
    return Money.eur(BigDecimal.valueOf(cents, 2));
  }

  // --- indicators ------------------------------------------------------------------------------

  private Indicator indicator(String id, List<String> interventions) {
    Measure measure = pick(Measure.values());
    List<SchoolYear> years = new ArrayList<>();
    SchoolYear first = SchoolYear.containing(period.start());
    if (first.start().isBefore(period.start())) {
      first = first.next();
    }
    for (SchoolYear y = first; !y.end().isAfter(period.end()); y = y.next()) {
      if (random.nextInt(4) != 0) {
        years.add(y);
      }
    }
    Indicator.Builder b = Indicator.builder()
        .id(id)
        .title("Indicator " + pick(WORDS))
        .description(maybeText("What is measured, and how"))
        .measure(measure)
        .interventions(sample(interventions, 3))
        .unknownProperties(unknownProperties());
    if (random.nextBoolean()) {
      b.ascending(random.nextBoolean());
    }
    if (measure == Measure.UNIT || random.nextInt(4) == 0) {
      b.unit(measure == Measure.PERCENTAGE ? "%" : "pupils");
    }
    if (random.nextBoolean()) {
      SchoolYear before = SchoolYear.of(first.startYear() - random.nextInt(1, 4));
      Baseline.Builder baseline = Baseline.builder().schoolYear(before).unknownProperties(unknownProperties());
      measurement(measure, baseline::value, baseline::pupils, baseline::comment, baseline::addBreakdowns);
      b.baseline(baseline.build());
    }
    for (SchoolYear year : years) {
      IndicatorPeriod.Builder p = IndicatorPeriod.builder().schoolYear(year).unknownProperties(unknownProperties());
      if (random.nextInt(3) != 0) {
        p.target(observation(measure));
      }
      if (random.nextInt(3) != 0) {
        p.actual(observation(measure));
      }
      b.addPeriods(p.build());
    }
    return b.build();
  }

  private Observation observation(Measure measure) {
    Observation.Builder o = Observation.builder().unknownProperties(unknownProperties());
    measurement(measure, o::value, o::pupils, o::comment, o::addBreakdowns);
    return o.build();
  }

  /** Fills a baseline or observation: its value, pupils, comment and breakdowns. */
  private void measurement(Measure measure, java.util.function.Consumer<BigDecimal> value,
      java.util.function.IntConsumer pupils, java.util.function.Consumer<String> comment,
      java.util.function.Consumer<Breakdown> breakdowns) {
    if (measure != Measure.QUALITATIVE) {
      value.accept(value(measure));
    }
    if (measure == Measure.QUALITATIVE || random.nextInt(3) == 0) {
      comment.accept("Observed by the " + pick(WORDS) + " team");
    }
    List<String> dimensions = sample(List.copyOf(new java.util.TreeSet<>(DIMENSIONS.keySet())), 2);
    if (dimensions.isEmpty() && random.nextBoolean()) {
      return;
    }
    int total = random.nextInt(MIN_PUPILS * 4, 2000);
    pupils.accept(total);
    for (String dimension : dimensions) {
      List<String> categories = DIMENSIONS.get(dimension);
      int left = total - MIN_PUPILS * categories.size();
      for (int i = 0; i < categories.size(); i++) {
        int extra = i == categories.size() - 1 ? left : random.nextInt(0, left + 1);
        left -= extra;
        Breakdown.Builder bd = Breakdown.builder().dimension(dimension).category(categories.get(i))
            .pupils(MIN_PUPILS + extra).unknownProperties(unknownProperties());
        if (measure != Measure.QUALITATIVE) {
          bd.value(value(measure));
        }
        breakdowns.accept(bd.build());
      }
    }
  }

  private BigDecimal value(Measure measure) {
    return switch (measure) {
      case PERCENTAGE -> BigDecimal.valueOf(random.nextInt(0, 1001), 1);
      case UNIT -> BigDecimal.valueOf(random.nextLong(0, 1_000_000), random.nextInt(0, 3));
      case NOMINAL, ORDINAL -> BigDecimal.valueOf(random.nextInt(1, 6));
      case QUALITATIVE -> throw new IllegalArgumentException("a qualitative indicator has no value");
    };
  }

  // --- small helpers ---------------------------------------------------------------------------

  /** @return unknown properties on about one entity in eight, as raw JSON text */
  private SortedMap<String, String> unknownProperties() {
    SortedMap<String, String> out = new TreeMap<>();
    if (random.nextInt(8) == 0) {
      for (int n = random.nextInt(1, 4); n > 0; n--) {
        out.put("x-" + pick(new String[] {"note", "source", "extension", "legacy", "\u00e9tiquette"}) + n,
            pick(RAW_JSON.toArray(new String[0])));
      }
    }
    return out;
  }

  private Optional<String> maybeText(String text) {
    return random.nextBoolean() ? Optional.of(text + " (" + pick(WORDS) + ")") : Optional.empty();
  }

  private <T> Optional<T> maybe(Supplier<T> supplier) {
    return random.nextBoolean() ? Optional.of(supplier.get()) : Optional.empty();
  }

  private DateRange within(DateRange range) {
    LocalDate start = date(range.start(), range.end());
    return DateRange.of(start, date(start, range.end()));
  }

  private LocalDate date(LocalDate from, LocalDate to) {
    return from.plusDays(random.nextLong(0, ChronoUnit.DAYS.between(from, to) + 1));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private <E extends Enum<E>> EnumSet<E> subset(Class<E> type) {
    EnumSet<E> out = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (random.nextInt(3) == 0) {
        out.add(e);
      }
    }
    return out;
  }

  /** @return up to {@code max} distinct elements of the list, in the list's order */
  private <T> List<T> sample(List<T> list, int max) {
    int n = Math.min(list.size(), random.nextInt(0, max + 1));
    List<T> out = new ArrayList<>(n);
    int seen = 0;
    for (T t : list) {
      if (random.nextInt(list.size() - seen) < n - out.size()) {
        out.add(t);
      }
      seen++;
    }
    return out;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
