package dev.kansen.seeds.illustrative;

import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Allocation;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.BudgetStatus;
import dev.kansen.model.DateRange;
import dev.kansen.model.Dosage;
import dev.kansen.model.EducationSector;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionSubtype;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Money;
import dev.kansen.model.Municipality;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Participation;
import dev.kansen.model.ParticipationKind;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.Province;
import dev.kansen.model.Reach;
import dev.kansen.model.ReachUnit;
import dev.kansen.model.Repayment;
import dev.kansen.model.SpendingCategory;
import dev.kansen.model.Stakeholder;
import dev.kansen.model.TargetGroup;
import dev.kansen.model.Theme;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionSubtype;
import dev.kansen.model.TransactionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An illustrative programme of a municipality's educational disadvantage policy
 * (onderwijsachterstandenbeleid, OAB), invented to show the parts of wire format 1.1 for money and
 * reach: the OAB grant per calendar year with its spending categories, the municipality's own
 * co-financing, an amount carried over and a repayment; preschool education (voorschoolse
 * educatie) with the toddlers who have an indication against those taking part and the 960-hour
 * dosage; a transition class (schakelklas); and a consultation of parents recorded as
 * participation.
 *
 * <p><strong>Nothing in it is real.</strong> The municipality "Voorbeeldstad (fictief)" (the
 * same fictional municipality as {@link IllustrativeProgramme}, code {@code GM9999}, which CBS
 * assigns to no municipality), its organisations, the grants' amounts, the spending, the counts of
 * toddlers and parents are made up. The state pays the real OAB grant through the ministry of
 * education; the partner that stands for it here is named fictional because every amount it is
 * shown to pay is invented. The legal basis named as the grant's scheme and the 960-hour norm are
 * real; the spending categories are ordinary words, not official SiSa indicator codes.
 *
 * <p>The programme is described as it stood on {@link #RECORDED_ON}: the accounts of 2024 are
 * closed (spent, carried over, repaid), those of 2025 are running.
 */
public final class IllustrativeOabProgramme {
  /** The programme's id. */
  public static final String ID = "illustratief-oab-voorbeeldstad";

  /** The day the programme is described as of. */
  public static final LocalDate RECORDED_ON = LocalDate.of(2025, 10, 31);

  /** The programme period: the calendar years 2024 and 2025. */
  public static final DateRange PERIOD = DateRange.of("2024-01-01", "2025-12-31");

  /** Id of the OAB grant of 2024, whose accounts are closed. */
  public static final String OAB_2024 = "oab-2024";

  /** Id of the OAB grant of 2025, whose accounts are running. */
  public static final String OAB_2025 = "oab-2025";

  /** Id of the preschool education intervention. */
  public static final String PRESCHOOL = "voorschoolse-educatie";

  /** Id of the transition class. */
  public static final String TRANSITION_CLASS = "schakelklas";

  /** The scheme of the OAB grant: its legal basis. */
  public static final String SCHEME = "Besluit specifieke uitkeringen onderwijsachterstandenbeleid (Stb. 2018, 315)";

  private static final String RIJK = "rijk-oab";
  private static final String GEMEENTE = "gemeente-voorbeeldstad";
  private static final String OPVANG = "kinderopvang-voorbeeldstad";
  private static final String BESTUUR = "stichting-po-voorbeeldstad";
  private static final String SUMMER_SCHOOL = "zomerschool-2024";

  private static final String FICTIONAL = " Fictional organisation of the illustrative OAB programme.";

  private IllustrativeOabProgramme() {}

  /** @return the illustrative OAB programme, built anew on each call */
  public static Programme programme() {
    return Programme.builder()
        .id(ID)
        .title("Illustratief voorbeeld: onderwijsachterstandenbeleid in Voorbeeldstad (fictief)")
        .description("Illustratief voorbeeld — all names, figures and amounts in this programme are invented for"
            + " demonstration and do not describe a real municipality, school or organisation. It shows how a"
            + " municipality records its OAB grant per calendar year (spending per category, own co-financing,"
            + " carry-over and repayment), the toddlers with an indication for preschool education against those"
            + " taking part, a transition class, and a consultation of parents.")
        .alliance(Alliance.builder()
            .name("Gelijke Kansen Alliantie")
            .addMembers(AllianceMembership.builder().municipality(IllustrativeProgramme.MUNICIPALITY)
                .joined(LocalDate.of(2019, 6, 3)).build())
            .build())
        .addMunicipalities(Municipality.builder().code(IllustrativeProgramme.MUNICIPALITY)
            .name(IllustrativeProgramme.MUNICIPALITY_NAME).province(Province.GELDERLAND).build())
        .period(PERIOD)
        .addThemes(Theme.EARLY_CHILDHOOD, Theme.LANGUAGE, Theme.PARENTAL_INVOLVEMENT)
        .partners(partners())
        .interventions(interventions())
        .grants(List.of(grant2024(), grant2025()))
        .goals(List.of(Goal.builder().id("alle-peuters-bereikt")
            .title("Elke peuter met een indicatie neemt deel aan voorschoolse educatie")
            .addThemes(Theme.EARLY_CHILDHOOD).addInterventions(PRESCHOOL).build()))
        .addParticipation(Participation.builder().id("ouderconsultatie-2024")
            .title("Ouderconsultatie over het OAB-beleid")
            .kind(ParticipationKind.CONSULTATION).addStakeholders(Stakeholder.PARENTS, Stakeholder.ORGANISATIONS)
            .date(LocalDate.of(2024, 2, 6)).organiser(GEMEENTE).addInterventions(PRESCHOOL, TRANSITION_CLASS)
            .participants(Reach.of(38, ReachUnit.PARENTS))
            .description("Parents of toddlers and the childcare organisation were asked how preschool education"
                + " and the transition class could reach more children.")
            .outcome("Intake talks at the consultation bureau; a parents' room at the preschool.")
            .build())
        .build();
  }

  private static List<Partner> partners() {
    return List.of(
        Partner.builder().id(RIJK).name("Rijk, specifieke uitkering OAB (fictief)").type(OrganisationType.MINISTRY)
            .addRoles(PartnerRole.FUNDING)
            .description("Stands for the state, which pays the OAB grant through the ministry of education; every"
                + " grant and amount it is shown to pay here is invented.")
            .build(),
        Partner.builder().id(GEMEENTE).name("Gemeente Voorbeeldstad (fictief)").type(OrganisationType.MUNICIPALITY)
            .addIdentifiers(IllustrativeProgramme.MUNICIPALITY).municipality(IllustrativeProgramme.MUNICIPALITY)
            .addRoles(PartnerRole.FUNDING, PartnerRole.ACCOUNTABLE, PartnerRole.IMPLEMENTING)
            .description("Receives the OAB grant, adds its own money and accounts for both." + FICTIONAL)
            .build(),
        Partner.builder().id(OPVANG).name("Kinderopvang Voorbeeldstad (fictief)").type(OrganisationType.CHILDCARE)
            .addSectors(EducationSector.EARLY_CHILDHOOD).municipality(IllustrativeProgramme.MUNICIPALITY)
            .addRoles(PartnerRole.IMPLEMENTING)
            .description("Runs the preschool groups with preschool education." + FICTIONAL)
            .build(),
        Partner.builder().id(BESTUUR).name("Stichting Primair Onderwijs Voorbeeldstad (fictief)")
            .type(OrganisationType.SCHOOL_BOARD).addSectors(EducationSector.PRIMARY)
            .municipality(IllustrativeProgramme.MUNICIPALITY).addRoles(PartnerRole.IMPLEMENTING)
            .description("Runs the transition class and the summer school." + FICTIONAL)
            .build());
  }

  private static List<Intervention> interventions() {
    return List.of(
        Intervention.builder().id(PRESCHOOL).title("Voorschoolse educatie in de peuteropvang")
            .type(InterventionType.EARLY_CHILDHOOD_EDUCATION).subtype(InterventionSubtype.PRESCHOOL_EDUCATION)
            .addThemes(Theme.EARLY_CHILDHOOD, Theme.LANGUAGE)
            .targetGroup(TargetGroup.builder().minAgeMonths(30).maxAgeMonths(48)
                .addSectors(EducationSector.EARLY_CHILDHOOD)
                .description("Toddlers from two and a half to four with an indication for preschool education").build())
            .description("Preschool groups offer toddlers with an indication 16 hours a week, 960 hours over 18 months.")
            .municipality(IllustrativeProgramme.MUNICIPALITY).lead(OPVANG).addParticipants(GEMEENTE)
            .planned(PERIOD).actualStart(LocalDate.of(2024, 1, 8)).status(InterventionStatus.IMPLEMENTATION)
            .eligiblePopulation(Reach.of(180, ReachUnit.CHILDREN))
            .plannedReach(Reach.of(165, ReachUnit.CHILDREN)).actualReach(Reach.of(142, ReachUnit.CHILDREN))
            .dosage(Dosage.builder().hoursPerWeek(new BigDecimal("16")).totalHours(new BigDecimal("960")).months(18)
                .build())
            .build(),
        Intervention.builder().id(TRANSITION_CLASS).title("Schakelklas voor nieuwkomers en taalzwakke leerlingen")
            .type(InterventionType.LANGUAGE_STIMULATION).subtype(InterventionSubtype.TRANSITION_CLASS)
            .addThemes(Theme.LANGUAGE)
            .targetGroup(TargetGroup.builder().addGroups(3, 4, 5, 6, 7).addSectors(EducationSector.PRIMARY).build())
            .description("One school year of intensive Dutch, one and a half days a week, beside the pupil's own class.")
            .municipality(IllustrativeProgramme.MUNICIPALITY).lead(BESTUUR)
            .planned(DateRange.of("2024-08-19", "2025-07-11"))
            .actualStart(LocalDate.of(2024, 8, 19)).actualEnd(LocalDate.of(2025, 7, 11))
            .status(InterventionStatus.CLOSED).statusDate(LocalDate.of(2025, 7, 11))
            .eligiblePopulation(Reach.of(30, ReachUnit.CHILDREN))
            .plannedReach(Reach.of(24, ReachUnit.CHILDREN)).actualReach(Reach.of(22, ReachUnit.CHILDREN))
            .dosage(Dosage.builder().hoursPerWeek(new BigDecimal("8")).months(11).build())
            .build(),
        Intervention.builder().id(SUMMER_SCHOOL).title("Zomerschool 2024")
            .type(InterventionType.SUMMER_SCHOOL).addThemes(Theme.LANGUAGE)
            .municipality(IllustrativeProgramme.MUNICIPALITY).lead(BESTUUR)
            .planned(DateRange.of("2024-08-05", "2024-08-16"))
            .actualStart(LocalDate.of(2024, 8, 5)).actualEnd(LocalDate.of(2024, 8, 16))
            .status(InterventionStatus.CLOSED).statusDate(LocalDate.of(2024, 8, 16))
            .plannedReach(Reach.of(60, ReachUnit.CHILDREN)).actualReach(Reach.of(51, ReachUnit.CHILDREN))
            .build());
  }

  /** 2024, closed: 1,250,000 received and 150,000 own money; 1,323,000 spent, 62,500 carried over, 14,500 repaid. */
  private static Grant grant2024() {
    DateRange year = DateRange.of("2024-01-01", "2024-12-31");
    return Grant.builder().id(OAB_2024).funder(RIJK).recipient(GEMEENTE)
        .amount(Money.eur("1250000.00")).period(year).year(2024).scheme(SCHEME)
        .purpose("Specifieke uitkering onderwijsachterstandenbeleid 2024")
        .coFinancing(Money.eur("150000.00"))
        .addAllocations(Allocation.of(PRESCHOOL, Money.eur("1000000.00")),
            Allocation.of(TRANSITION_CLASS, Money.eur("170000.00")), Allocation.of(SUMMER_SCHOOL, Money.eur("60000.00")))
        .addBudgets(budget(year, "1080000.00", SpendingCategory.PRESCHOOL_EDUCATION),
            budget(year, "190000.00", SpendingCategory.TRANSITION_CLASSES),
            budget(year, "70000.00", SpendingCategory.SUMMER_SCHOOLS),
            budget(year, "60000.00", SpendingCategory.OTHER_OAB))
        .addTransactions(
            incoming("2024-01-15", "312500.00"), incoming("2024-04-15", "312500.00"),
            incoming("2024-07-15", "312500.00"), incoming("2024-10-15", "312500.00"),
            spent("2024-06-30", "523150.00", SpendingCategory.PRESCHOOL_EDUCATION, PRESCHOOL),
            spent("2024-08-31", "58900.00", SpendingCategory.SUMMER_SCHOOLS, SUMMER_SCHOOL),
            spent("2024-12-31", "523150.00", SpendingCategory.PRESCHOOL_EDUCATION, PRESCHOOL),
            spent("2024-12-31", "176450.00", SpendingCategory.TRANSITION_CLASSES, TRANSITION_CLASS),
            Transaction.builder().type(TransactionType.EXPENDITURE).date(LocalDate.of(2024, 12, 31))
                .amount(Money.eur("41350.00")).category(SpendingCategory.OTHER_OAB)
                .description("Coordination and monitoring").build())
        .carriedOver(Money.eur("62500.00"))
        .addRepayments(Repayment.builder().date(LocalDate.of(2025, 9, 30)).amount(Money.eur("14500.00"))
            .category(SpendingCategory.OTHER_OAB).description("Unspent part of 2024 paid back after the accounts").build())
        .build();
  }

  /** 2025, running: three instalments received, preschool education and the transition class paid so far. */
  private static Grant grant2025() {
    DateRange year = DateRange.of("2025-01-01", "2025-12-31");
    return Grant.builder().id(OAB_2025).funder(RIJK).recipient(GEMEENTE)
        .amount(Money.eur("1280000.00")).period(year).year(2025).scheme(SCHEME)
        .purpose("Specifieke uitkering onderwijsachterstandenbeleid 2025")
        .coFinancing(Money.eur("150000.00"))
        .addBudgets(budget(year, "1110000.00", SpendingCategory.PRESCHOOL_EDUCATION),
            budget(year, "200000.00", SpendingCategory.TRANSITION_CLASSES),
            budget(year, "60000.00", SpendingCategory.SUMMER_SCHOOLS),
            budget(year, "60000.00", SpendingCategory.OTHER_OAB))
        .addTransactions(
            incoming("2025-01-15", "320000.00"), incoming("2025-04-15", "320000.00"), incoming("2025-07-15", "320000.00"),
            spent("2025-06-30", "540000.00", SpendingCategory.PRESCHOOL_EDUCATION, PRESCHOOL),
            spent("2025-07-11", "95000.00", SpendingCategory.TRANSITION_CLASSES, TRANSITION_CLASS))
        .build();
  }

  private static BudgetLine budget(DateRange year, String euros, String category) {
    return BudgetLine.builder().period(year).amount(Money.eur(euros)).status(BudgetStatus.COMMITTED)
        .category(category).build();
  }

  private static Transaction incoming(String date, String euros) {
    return Transaction.builder().type(TransactionType.DISBURSEMENT).subtype(TransactionSubtype.INCOMING_FUNDS)
        .date(LocalDate.parse(date)).amount(Money.eur(euros)).description("Instalment of the OAB grant").build();
  }

  private static Transaction spent(String date, String euros, String category, String intervention) {
    return Transaction.builder().type(TransactionType.EXPENDITURE).date(LocalDate.parse(date)).amount(Money.eur(euros))
        .category(category).intervention(intervention).build();
  }
}
