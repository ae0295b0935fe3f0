package dev.kansen.seeds.illustrative;

import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Allocation;
import dev.kansen.model.Baseline;
import dev.kansen.model.Breakdown;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.DateRange;
import dev.kansen.model.EducationSector;
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
import dev.kansen.model.id.MunicipalityCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An illustrative programme, invented to show every part of a kansen programme and its report:
 * outcome indicators with a baseline, targets and actuals over several school years, breakdowns
 * by parental education with a small cell, partners, interventions in every status, and grants
 * with allocations, budget lines and transactions.
 *
 * <p><strong>Nothing in it is real.</strong> The municipality "Voorbeeldstad (fictief)", its
 * organisations, people, amounts and figures are made up; they do not describe any municipality,
 * school or organisation. The seed programmes ({@code dev.kansen.seeds}) hold only what
 * the news articles say; this programme is kept apart from them on purpose.
 *
 * <ul>
 *   <li>The municipality code {@link #MUNICIPALITY} ({@code GM9999}) has the CBS format (GM and four
 *       digits) but is no real municipality's code: CBS numbers real municipalities far below
 *       9999. The province is needed by the model and chosen arbitrarily.</li>
 *   <li>No partner but the fictional municipality carries an identifier: a KvK number, BRIN code
 *       or LRK number in the right format could belong to a real organisation, so none is made
 *       up. The validator warns about the two school partners, which it expects to carry a school
 *       code (MISSING_PARTNER_IDENTIFIER), as it would for a real programme with the same gap.</li>
 *   <li>The figures follow a plausible course, loosely after the patterns the Inspectie van het
 *       Onderwijs reports nationally (children of lower-educated parents more often get a school
 *       advice below their test advice), but no number is taken from a source. In 2019-2020 no
 *       final test was taken in the Netherlands (COVID-19), so that year has targets but no
 *       actuals.</li>
 *   <li>Pupil data is personal data. Where a breakdown cell counts fewer than 10 pupils, it is
 *       recorded suppressed at the source: without a value and without a pupil count, so the
 *       programme is valid under SMALL_CELL and the report shows the cell as suppressed.</li>
 *   <li>The programme is described as it stood on {@link #RECORDED_ON}: every status date and
 *       transaction lies on or before that day, and 2024-2025 has targets but no actuals yet.</li>
 * </ul>
 */
public final class IllustrativeProgramme {
  /** The programme's id. */
  public static final String ID = "illustratief-voorbeeldstad";

  /** The name of the fictional municipality, which says that it is fictional. */
  public static final String MUNICIPALITY_NAME = "Voorbeeldstad (fictief)";

  /**
   * The fictional municipality's code: the CBS format, but assigned to no real municipality (CBS
   * numbers real municipalities far below 9999).
   */
  public static final MunicipalityCode MUNICIPALITY = MunicipalityCode.of("GM9999");

  /** The day the programme is described as of: the last day of school year 2023-2024. */
  public static final LocalDate RECORDED_ON = LocalDate.of(2024, 7, 31);

  /** The programme period: six school years, 2019-2020 to 2024-2025. */
  public static final DateRange PERIOD = DateRange.of("2019-08-01", "2025-07-31");

  /** Id of the indicator of group-8 pupils whose test advice was above their school advice. */
  public static final String UNDER_ADVISED = "onderadvisering";

  /** Id of the indicator of under-advised pupils whose school advice was revised upward. */
  public static final String REVISED_UPWARD = "opwaarts-bijgesteld";

  /** Id of the indicator of parents who attended the advice conversation. */
  public static final String PARENTS_ATTENDING = "ouders-bij-adviesgesprek";

  /** Id of the qualitative indicator on how schools use the test advice. */
  public static final String ADVICE_PRACTICE = "adviespraktijk";

  private static final String LOW = "low";
  private static final String MIDDLE = "middle";
  private static final String HIGH = "high";

  private static final String GEMEENTE = "gemeente-voorbeeldstad";
  private static final String FONDS = "kansenfonds-voorbeeldstad";
  private static final String BESTUUR = "stichting-po-voorbeeldstad";
  private static final String BASISSCHOLEN = "basisscholen-voorbeeldstad";
  private static final String VO = "voortgezet-onderwijs-voorbeeldstad";
  private static final String BIBLIOTHEEK = "bibliotheek-voorbeeldstad";

  private static final String SECOND_READING = "tweede-lezing-schooladvies";
  private static final String CONVERSATIONS = "adviesgesprekken-ouders";
  private static final String HANDOVER = "warme-overdracht-po-vo";
  private static final String SUMMER_SCHOOL = "zomerschool-2020";
  private static final String HOMEWORK = "huiswerkbegeleiding-bibliotheek";

  private static final String FICTIONAL = " Fictional organisation of the illustrative programme.";

  private IllustrativeProgramme() {}

  /** @return the illustrative programme, built anew on each call */
  public static Programme programme() {
    return Programme.builder()
        .id(ID)
        .title("Illustratief voorbeeld: gelijke kansen in Voorbeeldstad (fictief)")
        .description("Illustratief voorbeeld — all names, figures and amounts in this programme are invented for"
            + " demonstration and do not describe a real municipality, school or organisation. It shows what kansen"
            + " records and reports for an alliance programme on school advice: pupils whose school advice was"
            + " below their test advice (onderadvisering), by parental education, and the involvement of parents in"
            + " the move to secondary school.")
        .alliance(Alliance.builder()
            .name("Gelijke Kansen Alliantie")
            .addMembers(AllianceMembership.builder().municipality(MUNICIPALITY).joined(LocalDate.of(2019, 6, 3))
                .build())
            .build())
        .addMunicipalities(Municipality.builder().code(MUNICIPALITY).name(MUNICIPALITY_NAME)
            .province(Province.GELDERLAND).build())
        .period(PERIOD)
        .addThemes(Theme.SCHOOL_ADVICE, Theme.PARENTAL_INVOLVEMENT, Theme.SMOOTH_TRANSITIONS,
            Theme.PROFESSIONAL_DEVELOPMENT, Theme.TALENT_DEVELOPMENT)
        .partners(partners())
        .interventions(interventions())
        .grants(grants())
        .indicators(indicators())
        .goals(goals())
        .build();
  }

  private static List<Partner> partners() {
    return List.of(
        Partner.builder().id(GEMEENTE).name("Gemeente Voorbeeldstad (fictief)").type(OrganisationType.MUNICIPALITY)
            .addIdentifiers(MUNICIPALITY).municipality(MUNICIPALITY)
            .addRoles(PartnerRole.FUNDING, PartnerRole.ACCOUNTABLE, PartnerRole.IMPLEMENTING)
            .description("Runs the programme and funds the school board's part." + FICTIONAL)
            .build(),
        Partner.builder().id(FONDS).name("Kansenfonds Voorbeeldstad (fictief)").type(OrganisationType.OTHER)
            .addRoles(PartnerRole.FUNDING)
            .description("A local charitable fund that co-funds the work with parents." + FICTIONAL)
            .build(),
        Partner.builder().id(BESTUUR).name("Stichting Primair Onderwijs Voorbeeldstad (fictief)")
            .type(OrganisationType.SCHOOL_BOARD).addSectors(EducationSector.PRIMARY).municipality(MUNICIPALITY)
            .addRoles(PartnerRole.IMPLEMENTING)
            .description("The school board of the twelve primary schools." + FICTIONAL)
            .build(),
        Partner.builder().id(BASISSCHOLEN).name("Twaalf basisscholen Voorbeeldstad (fictief)")
            .type(OrganisationType.PRIMARY_SCHOOL).addSectors(EducationSector.PRIMARY).municipality(MUNICIPALITY)
            .partOf(BESTUUR).addRoles(PartnerRole.IMPLEMENTING)
            .description("The board's twelve primary schools, as one partner." + FICTIONAL)
            .build(),
        Partner.builder().id(VO).name("Voortgezet onderwijs Voorbeeldstad (fictief)")
            .type(OrganisationType.SECONDARY_SCHOOL).addSectors(EducationSector.SECONDARY).municipality(MUNICIPALITY)
            .addRoles(PartnerRole.IMPLEMENTING)
            .description("The secondary schools that take in the pupils of group 8." + FICTIONAL)
            .build(),
        Partner.builder().id(BIBLIOTHEEK).name("Bibliotheek Voorbeeldstad (fictief)").type(OrganisationType.LIBRARY)
            .municipality(MUNICIPALITY).addRoles(PartnerRole.IMPLEMENTING)
            .description("The public library, which is to host homework support." + FICTIONAL)
            .build());
  }

  private static List<Intervention> interventions() {
    TargetGroup groups7and8 = TargetGroup.builder().addGroups(7, 8).addSectors(EducationSector.PRIMARY)
        .description("Pupils of groups 7 and 8 and their parents").build();
    return List.of(
        Intervention.builder().id(SECOND_READING).title("Tweede lezing van schooladviezen")
            .type(InterventionType.PROFESSIONAL_DEVELOPMENT)
            .addThemes(Theme.SCHOOL_ADVICE, Theme.PROFESSIONAL_DEVELOPMENT)
            .targetGroup(groups7and8)
            .description("Group-8 teachers are trained to recognise low expectations, and a second teacher reads"
                + " every school advice that is below the pupil's test results before it is final. Closed after"
                + " three school years, as planned; one school left the board in 2021.")
            .municipality(MUNICIPALITY).lead(BESTUUR).addParticipants(BASISSCHOLEN)
            .planned(DateRange.of("2019-09-01", "2022-07-31"))
            .actualStart(LocalDate.of(2019, 9, 16)).actualEnd(LocalDate.of(2022, 7, 15))
            .status(InterventionStatus.CLOSED).statusDate(LocalDate.of(2022, 7, 15))
            .plannedReach(Reach.of(12, ReachUnit.SCHOOLS)).actualReach(Reach.of(11, ReachUnit.SCHOOLS))
            .build(),
        Intervention.builder().id(CONVERSATIONS).title("Adviesgesprekken met ouders in groep 7 en 8")
            .type(InterventionType.PARENTAL_INVOLVEMENT)
            .addThemes(Theme.PARENTAL_INVOLVEMENT, Theme.SCHOOL_ADVICE)
            .targetGroup(groups7and8)
            .description("Every pupil's parents are invited to an advice conversation in group 7 and again in group 8,"
                + " at a time that suits them and with an interpreter where needed. Started a month late; running.")
            .municipality(MUNICIPALITY).lead(GEMEENTE).addParticipants(BESTUUR, BASISSCHOLEN)
            .planned(DateRange.of("2020-01-06", "2025-07-31"))
            .actualStart(LocalDate.of(2020, 2, 3))
            .status(InterventionStatus.IMPLEMENTATION).statusDate(LocalDate.of(2020, 2, 3))
            .plannedReach(Reach.of(900, ReachUnit.PARENTS)).actualReach(Reach.of(640, ReachUnit.PARENTS))
            .build(),
        Intervention.builder().id(HANDOVER).title("Warme overdracht van groep 8 naar de brugklas")
            .type(InterventionType.WARM_HANDOVER)
            .addThemes(Theme.SMOOTH_TRANSITIONS, Theme.SCHOOL_ADVICE)
            .description("The group-8 teacher and the secondary school's mentor discuss every pupil before the summer,"
                + " and again in the autumn of the first year. Being evaluated after its last planned year.")
            .municipality(MUNICIPALITY).lead(VO).addParticipants(BESTUUR, BASISSCHOLEN)
            .planned(DateRange.of("2021-09-01", "2024-07-31"))
            .actualStart(LocalDate.of(2021, 10, 4))
            .status(InterventionStatus.FINALISATION).statusDate(LocalDate.of(2024, 7, 1))
            .plannedReach(Reach.of(430, ReachUnit.CHILDREN)).actualReach(Reach.of(412, ReachUnit.CHILDREN))
            .build(),
        Intervention.builder().id(SUMMER_SCHOOL).title("Zomerschool voor de overstap naar het voortgezet onderwijs")
            .type(InterventionType.SUMMER_SCHOOL)
            .addThemes(Theme.SMOOTH_TRANSITIONS, Theme.TALENT_DEVELOPMENT)
            .description("A two-week summer school before the first year of secondary school. Cancelled in April 2020"
                + " because of the COVID-19 measures; its allocation was never paid.")
            .municipality(MUNICIPALITY).lead(BESTUUR).addParticipants(VO)
            .planned(DateRange.of("2020-07-13", "2020-07-24"))
            .status(InterventionStatus.CANCELLED).statusDate(LocalDate.of(2020, 4, 20))
            .plannedReach(Reach.of(60, ReachUnit.CHILDREN))
            .build(),
        Intervention.builder().id(HOMEWORK).title("Huiswerkbegeleiding in de bibliotheek")
            .type(InterventionType.HOMEWORK_SUPPORT)
            .addThemes(Theme.TALENT_DEVELOPMENT)
            .description("Homework support for first-year pupils in the library, planned for the last school year.")
            .municipality(MUNICIPALITY).lead(BIBLIOTHEEK).addParticipants(VO)
            .planned(DateRange.of("2024-09-02", "2025-07-11"))
            .status(InterventionStatus.PIPELINE).statusDate(LocalDate.of(2024, 6, 14))
            .plannedReach(Reach.of(80, ReachUnit.CHILDREN))
            .build());
  }

  private static List<Grant> grants() {
    return List.of(
        Grant.builder().id("gemeente-stichting-po-2019").funder(GEMEENTE).recipient(BESTUUR)
            .amount(Money.eur("150000")).period(DateRange.of("2019-08-01", "2022-07-31"))
            .purpose("The second reading of school advice and the summer school of 2020.")
            .addAllocations(
                Allocation.of(SECOND_READING, Money.eur("120000")),
                Allocation.of(SUMMER_SCHOOL, Money.eur("30000")))
            .addBudgets(
                budget("2019-08-01", "2020-07-31", "60000"),
                budget("2020-08-01", "2021-07-31", "45000"),
                budget("2021-08-01", "2022-07-31", "45000"))
            .addTransactions(
                committed("2019-08-20", "150000"),
                paid("2019-09-02", "40000", SECOND_READING, "First instalment"),
                paid("2020-09-01", "40000", SECOND_READING, "Second instalment"),
                paid("2021-09-01", "40000", SECOND_READING, "Last instalment"))
            .build(),
        Grant.builder().id("kansenfonds-gemeente-2020").funder(FONDS).recipient(GEMEENTE)
            .amount(Money.eur("80000")).period(DateRange.of("2020-01-01", "2024-07-31"))
            .purpose("The advice conversations with parents and the warm handover to secondary school.")
            .addAllocations(
                Allocation.of(CONVERSATIONS, Money.eur("50000")),
                Allocation.of(HANDOVER, Money.eur("30000")))
            .addBudgets(
                budget("2020-01-01", "2020-07-31", "10000"),
                budget("2020-08-01", "2021-07-31", "20000"),
                budget("2021-08-01", "2022-07-31", "20000"),
                budget("2022-08-01", "2023-07-31", "15000"),
                budget("2023-08-01", "2024-07-31", "15000"))
            .addTransactions(
                committed("2020-01-15", "80000"),
                paid("2020-02-01", "10000", CONVERSATIONS, "Start-up"),
                paid("2020-09-01", "20000", CONVERSATIONS, "School year 2020-2021"),
                paid("2021-09-01", "20000", HANDOVER, "School year 2021-2022"),
                paid("2022-09-01", "15000", CONVERSATIONS, "School year 2022-2023"))
            .build());
  }

  private static BudgetLine budget(String start, String end, String euros) {
    return BudgetLine.builder().period(DateRange.of(start, end)).amount(Money.eur(euros)).build();
  }

  /** The grant decision: the whole amount committed. */
  private static Transaction committed(String date, String euros) {
    return Transaction.builder().type(TransactionType.COMMITMENT).date(LocalDate.parse(date)).amount(Money.eur(euros))
        .description("Grant decision").build();
  }

  private static Transaction paid(String date, String euros, String intervention, String description) {
    return Transaction.builder().type(TransactionType.DISBURSEMENT).date(LocalDate.parse(date)).amount(Money.eur(euros))
        .intervention(intervention).description(description).build();
  }

  private static List<Indicator> indicators() {
    return List.of(underAdvised(), revisedUpward(), parentsAttending(), advicePractice());
  }

  /** Onderadvisering: lower is better; every parental-education cell is large enough to publish. */
  private static Indicator underAdvised() {
    return Indicator.builder().id(UNDER_ADVISED)
        .title("Group-8 pupils whose test advice was above their school advice")
        .description("Share of group-8 pupils whose final-test advice (toetsadvies) was higher than their school"
            + " advice (onderadvisering), of all group-8 pupils of the twelve schools. Invented figures.")
        .measure(Measure.PERCENTAGE).ascending(false)
        .addInterventions(SECOND_READING, HANDOVER)
        .baseline(Baseline.builder().schoolYear(SchoolYear.of(2018)).value(decimal("14.4")).pupils(424)
            .addBreakdowns(cell(LOW, "22.0", 118), cell(MIDDLE, "13.6", 176), cell(HIGH, "8.5", 130)).build())
        .addPeriods(
            period(2019, target("14.0")),
            period(2020, target("13.0"), Observation.builder().value(decimal("13.7")).pupils(417)
                .addBreakdowns(cell(LOW, "20.7", 121), cell(MIDDLE, "12.9", 170), cell(HIGH, "7.9", 126)).build()),
            period(2021, target("12.0"), Observation.builder().value(decimal("12.1")).pupils(430)
                .addBreakdowns(cell(LOW, "18.1", 116), cell(MIDDLE, "11.6", 181), cell(HIGH, "7.5", 133)).build()),
            period(2022, target("11.0"), Observation.builder().value(decimal("11.2")).pupils(428)
                .addBreakdowns(cell(LOW, "16.9", 124), cell(MIDDLE, "10.3", 175), cell(HIGH, "7.0", 129)).build()),
            period(2023, target("10.0"), Observation.builder().value(decimal("9.5")).pupils(432)
                .addBreakdowns(cell(LOW, "14.3", 119), cell(MIDDLE, "9.0", 178), cell(HIGH, "5.9", 135)).build()),
            period(2024, target("9.0")))
        .build();
  }

  /**
   * Of the under-advised pupils, the share whose school advice was revised upward. The groups are
   * small: from 2022-2023 fewer than 10 under-advised pupils have highly educated parents, so that
   * cell is recorded suppressed at the source, without value or pupil count.
   */
  private static Indicator revisedUpward() {
    return Indicator.builder().id(REVISED_UPWARD)
        .title("Under-advised pupils whose school advice was revised upward")
        .description("Of the group-8 pupils whose test advice was above their school advice, the share whose school"
            + " advice the school revised upward (heroverweging). Cells of fewer than 10 pupils are suppressed at"
            + " the source. Invented figures.")
        .measure(Measure.PERCENTAGE)
        .addInterventions(SECOND_READING)
        .baseline(Baseline.builder().schoolYear(SchoolYear.of(2018)).value(decimal("36.1")).pupils(61)
            .addBreakdowns(cell(LOW, "26.9", 26), cell(MIDDLE, "37.5", 24), cell(HIGH, "54.5", 11)).build())
        .addPeriods(
            period(2020, target("40.0"), Observation.builder().value(decimal("40.4")).pupils(57)
                .addBreakdowns(cell(LOW, "36.0", 25), cell(MIDDLE, "40.9", 22), cell(HIGH, "50.0", 10)).build()),
            period(2021, target("45.0"), Observation.builder().value(decimal("48.1")).pupils(52)
                .addBreakdowns(cell(LOW, "47.6", 21), cell(MIDDLE, "47.6", 21), cell(HIGH, "50.0", 10)).build()),
            period(2022, target("50.0"), Observation.builder().value(decimal("52.1")).pupils(48)
                .addBreakdowns(cell(LOW, "52.4", 21), cell(MIDDLE, "50.0", 18), suppressed(HIGH)).build()),
            period(2023, target("55.0"), Observation.builder().value(decimal("58.5")).pupils(41)
                .addBreakdowns(cell(LOW, "58.8", 17), cell(MIDDLE, "56.3", 16), suppressed(HIGH)).build()),
            period(2024, target("60.0")))
        .build();
  }

  /** Parents at the advice conversation: higher is better; the dip of 2019-2020 is the COVID-19 school closure. */
  private static Indicator parentsAttending() {
    return Indicator.builder().id(PARENTS_ATTENDING)
        .title("Parents who attended the advice conversation in group 7 or 8")
        .description("Share of pupils in groups 7 and 8 whose parents attended at least one advice conversation in"
            + " the school year. Invented figures.")
        .measure(Measure.PERCENTAGE)
        .addInterventions(CONVERSATIONS)
        .baseline(Baseline.builder().schoolYear(SchoolYear.of(2018)).value(decimal("63.9")).pupils(851)
            .addBreakdowns(cell(LOW, "52.1", 236), cell(MIDDLE, "63.9", 352), cell(HIGH, "74.5", 263)).build())
        .addPeriods(
            period(2019, target("66.0"), Observation.builder().value(decimal("60.2")).pupils(839)
                .comment("Schools closed from March to May 2020; conversations were held by phone.")
                .addBreakdowns(cell(LOW, "48.7", 230), cell(MIDDLE, "60.2", 349), cell(HIGH, "70.4", 260)).build()),
            period(2020, target("70.0"), Observation.builder().value(decimal("69.0")).pupils(852)
                .addBreakdowns(cell(LOW, "60.2", 241), cell(MIDDLE, "69.4", 346), cell(HIGH, "76.6", 265)).build()),
            period(2021, target("74.0"), Observation.builder().value(decimal("74.1")).pupils(852)
                .addBreakdowns(cell(LOW, "68.5", 238), cell(MIDDLE, "73.8", 355), cell(HIGH, "79.5", 259)).build()),
            period(2022, target("78.0"), Observation.builder().value(decimal("77.8")).pupils(863)
                .addBreakdowns(cell(LOW, "73.0", 244), cell(MIDDLE, "78.3", 351), cell(HIGH, "81.3", 268)).build()),
            period(2023, target("82.0"), Observation.builder().value(decimal("81.3")).pupils(859)
                .addBreakdowns(cell(LOW, "77.9", 240), cell(MIDDLE, "81.2", 357), cell(HIGH, "84.4", 262)).build()),
            period(2024, target("85.0")))
        .build();
  }

  /** A qualitative indicator: its figures are descriptions in words. */
  private static Indicator advicePractice() {
    return Indicator.builder().id(ADVICE_PRACTICE)
        .title("How schools weigh the test advice in the final school advice")
        .description("The school board's yearly account of how the schools use the final-test advice when they"
            + " settle the school advice. Invented text.")
        .measure(Measure.QUALITATIVE)
        .addInterventions(SECOND_READING, HANDOVER)
        .baseline(Baseline.builder().schoolYear(SchoolYear.of(2018))
            .comment("Advice is settled before the test; a higher test advice is rarely discussed again.").build())
        .addPeriods(
            period(2021, words("Every school discusses each higher test advice again with the pupil and parents."),
                words("Ten of eleven schools discuss each higher test advice again; one does so on request only.")),
            period(2023, words("Schools give a mixed advice (e.g. havo/vwo) whenever test and school advice differ."),
                words("All schools reconsider; mixed advice is given in about half of the cases where they differ.")))
        .build();
  }

  private static List<Goal> goals() {
    return List.of(
        Goal.builder().id("passend-schooladvies").title("Een schooladvies dat past, ongeacht de opleiding van ouders")
            .addThemes(Theme.SCHOOL_ADVICE)
            .description("Every pupil gets the school advice that fits their ability, whatever their parents'"
                + " education. Fictional goal.")
            .addInterventions(SECOND_READING, HANDOVER)
            .addIndicators(UNDER_ADVISED, REVISED_UPWARD, ADVICE_PRACTICE)
            .build(),
        Goal.builder().id("ouders-betrokken").title("Ouders betrokken bij de overstap")
            .addThemes(Theme.PARENTAL_INVOLVEMENT, Theme.SMOOTH_TRANSITIONS)
            .description("Parents take part in the choice of secondary school. Fictional goal.")
            .addInterventions(CONVERSATIONS, SUMMER_SCHOOL, HOMEWORK)
            .addIndicators(PARENTS_ATTENDING)
            .build());
  }

  /** A school year with a target only: the year had no measurement, or has none yet. */
  private static IndicatorPeriod period(int startYear, Observation target) {
    return IndicatorPeriod.builder().schoolYear(SchoolYear.of(startYear)).target(target).build();
  }

  private static IndicatorPeriod period(int startYear, Observation target, Observation actual) {
    return IndicatorPeriod.builder().schoolYear(SchoolYear.of(startYear)).target(target).actual(actual).build();
  }

  private static Observation target(String value) {
    return Observation.builder().value(decimal(value)).build();
  }

  private static Observation words(String comment) {
    return Observation.builder().comment(comment).build();
  }

  private static Breakdown cell(String category, String value, int pupils) {
    return Breakdown.builder().dimension(Breakdown.PARENTAL_EDUCATION).category(category).value(decimal(value))
        .pupils(pupils).build();
  }

  /** A cell of fewer than 10 pupils, suppressed at the source: neither its value nor its count is recorded. */
  private static Breakdown suppressed(String category) {
    return Breakdown.builder().dimension(Breakdown.PARENTAL_EDUCATION).category(category).build();
  }

  private static BigDecimal decimal(String text) {
    return new BigDecimal(text);
  }
}
