package dev.kansen.validation;

import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Allocation;
import dev.kansen.model.Baseline;
import dev.kansen.model.Breakdown;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.DateRange;
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
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import dev.kansen.model.id.BrinCode;
import dev.kansen.model.id.KvkNumber;
import dev.kansen.model.id.LrkNumber;
import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.model.id.ProvinceCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small programme that every built-in rule accepts — Venray's warm handover, funded by the Province
 * of Limburg — and helpers that change one part of it, so each rule's test shows the one fault it
 * is about. Several values sit exactly on a rule's boundary (allocations equal the grant,
 * disbursements equal the commitment, budget lines exactly one year) so a near miss passes.
 */
public final class ProgrammeFixture {
  /** The as-of date the fixture is valid at. */
  public static final LocalDate AS_OF = LocalDate.parse("2021-12-31");

  private ProgrammeFixture() {}

  /** @return the validation context of the fixture: {@link #AS_OF} with default thresholds */
  public static ValidationContext context() {
    return ValidationContext.asOf(AS_OF);
  }

  /** @return the valid programme; partners 0..5, interventions 0..2, grant 0, indicator 0 */
  public static Programme valid() {
    return Programme.builder()
        .id("venray-gka")
        .title("Gelijke kansen in Venray")
        .alliance(Alliance.builder()
            .name("Gelijke Kansen Alliantie")
            .coordinator("ocw")
            .launched(LocalDate.parse("2016-10-31"))
            .addMembers(AllianceMembership.of("GM0984", LocalDate.parse("2018-03-08")))
            .build())
        .addMunicipalities(Municipality.of("GM0984", "Venray", Province.LIMBURG))
        .period(DateRange.of("2019-08-01", "2022-07-31"))
        .addPartners(
            partner("ocw", "Ministerie van OCW", OrganisationType.MINISTRY, PartnerRole.FUNDING, PartnerRole.ACCOUNTABLE)
                .build(),
            partner("gemeente-venray", "Gemeente Venray", OrganisationType.MUNICIPALITY, PartnerRole.FUNDING,
                PartnerRole.ACCOUNTABLE, PartnerRole.IMPLEMENTING)
                .addIdentifiers(MunicipalityCode.of("GM0984")).build(),
            partner("provincie-limburg", "Provincie Limburg", OrganisationType.PROVINCE, PartnerRole.FUNDING)
                .addIdentifiers(ProvinceCode.of("PV31")).build(),
            partner("bestuur", "Stichting Primair Onderwijs Venray", OrganisationType.SCHOOL_BOARD,
                PartnerRole.IMPLEMENTING)
                .addIdentifiers(KvkNumber.of("41202535")).build(),
            partner("school-a", "Basisschool De Wieken", OrganisationType.PRIMARY_SCHOOL, PartnerRole.IMPLEMENTING)
                .addIdentifiers(BrinCode.of("16SW00"), KvkNumber.of("41202535"))
                .partOf("bestuur").build(),
            partner("kinderopvang", "Kinderopvang Venray", OrganisationType.CHILDCARE, PartnerRole.IMPLEMENTING)
                .addIdentifiers(LrkNumber.of("123456789")).build())
        .addGoals(Goal.builder().id("goal-1").title("Every toddler starts school with a warm handover")
            .addInterventions("warm-handover").addIndicators("advice").build())
        .addInterventions(
            Intervention.builder().id("warm-handover").title("Warme overdracht").type(InterventionType.WARM_HANDOVER)
                .lead("school-a").addParticipants("kinderopvang")
                .municipality(MunicipalityCode.of("GM0984"))
                .planned(DateRange.of("2019-09-01", "2021-07-31"))
                .status(InterventionStatus.CLOSED)
                .actualStart(LocalDate.parse("2019-09-02")).actualEnd(LocalDate.parse("2021-07-16"))
                .plannedReach(Reach.of(8, ReachUnit.SCHOOLS)).actualReach(Reach.of(8, ReachUnit.SCHOOLS))
                .build(),
            Intervention.builder().id("language-at-home").title("Taal thuis").type(InterventionType.LANGUAGE_STIMULATION)
                .lead("gemeente-venray").addParticipants("bestuur")
                .planned(DateRange.of("2020-09-01", "2022-07-31"))
                .status(InterventionStatus.IMPLEMENTATION)
                .actualStart(LocalDate.parse("2020-09-14"))
                .build(),
            Intervention.builder().id("summer-school").title("Zomerschool").type(InterventionType.SUMMER_SCHOOL)
                .lead("bestuur")
                .planned(DateRange.of("2022-01-10", "2022-06-30"))
                .status(InterventionStatus.PIPELINE)
                .build())
        .addGrants(Grant.builder().id("limburg-venray").funder("provincie-limburg").recipient("gemeente-venray")
            .amount(Money.eur("50000")).period(DateRange.of("2019-08-01", "2021-07-31"))
            .addAllocations(Allocation.of("warm-handover", Money.eur("30000")),
                Allocation.of("language-at-home", Money.eur("20000")))
            .addBudgets(BudgetLine.builder().period(DateRange.of("2019-08-01", "2020-07-31")).amount(Money.eur("25000")).build(),
                BudgetLine.builder().period(DateRange.of("2020-08-01", "2021-07-31")).amount(Money.eur("25000")).build())
            .addTransactions(
                transaction(TransactionType.COMMITMENT, "2019-08-15", "50000").build(),
                transaction(TransactionType.DISBURSEMENT, "2019-09-01", "25000").intervention("warm-handover").build(),
                transaction(TransactionType.DISBURSEMENT, "2020-09-01", "25000").intervention("language-at-home").build())
            .build())
        .addIndicators(Indicator.builder().id("advice").title("Pupils whose school advice is below their test advice")
            .measure(Measure.PERCENTAGE).ascending(false).addInterventions("warm-handover")
            .baseline(Baseline.builder().schoolYear(SchoolYear.of(2018)).value(decimal("24.0")).pupils(180)
                .addBreakdowns(cell("low", "30.0", 60), cell("high", "21.0", 120)).build())
            .addPeriods(
                IndicatorPeriod.builder().schoolYear(SchoolYear.of(2019))
                    .target(Observation.builder().value(decimal("22.0")).build())
                    .actual(Observation.builder().value(decimal("23.1")).pupils(175)
                        .addBreakdowns(cell("low", "28.0", 75), cell("high", "19.0", 100)).build())
                    .build(),
                IndicatorPeriod.builder().schoolYear(SchoolYear.of(2020))
                    .target(Observation.builder().value(decimal("20.0")).build())
                    .actual(Observation.builder().value(decimal("21.5")).pupils(190).build())
                    .build(),
                IndicatorPeriod.builder().schoolYear(SchoolYear.of(2021))
                    .target(Observation.builder().value(decimal("18.0")).build())
                    .build())
            .build())
        .build();
  }

  /**
   * A partner builder with the given basics.
   *
   * @param id the id
   * @param name the name
   * @param type the type
   * @param roles the roles
   * @return the builder, to add identifiers and more
   */
  public static Partner.Builder partner(String id, String name, OrganisationType type, PartnerRole... roles) {
    Partner.Builder builder = Partner.builder().id(id).name(name).type(type);
    for (PartnerRole role : roles) {
      builder.addRoles(role);
    }
    return builder;
  }

  /**
   * @param type the type
   * @param date the day, ISO
   * @param euros the amount in euros
   * @return a transaction builder
   */
  public static Transaction.Builder transaction(TransactionType type, String date, String euros) {
    return Transaction.builder().type(type).date(LocalDate.parse(date)).amount(Money.eur(euros));
  }

  /**
   * @param category a parental-education category
   * @param value the value
   * @param pupils the pupils
   * @return a breakdown cell
   */
  public static Breakdown cell(String category, String value, int pupils) {
    return Breakdown.builder().dimension(Breakdown.PARENTAL_EDUCATION).category(category).value(decimal(value))
        .pupils(pupils).build();
  }

  /**
   * @param text a decimal
   * @return it as a BigDecimal
   */
  public static BigDecimal decimal(String text) {
    return new BigDecimal(text);
  }

  /**
   * @param programme a programme
   * @param change a change to its builder
   * @return the changed programme
   */
  public static Programme with(Programme programme, UnaryOperator<Programme.Builder> change) {
    Programme.Builder builder = Programme.builder().from(programme);
    change.apply(builder);
    return builder.build();
  }

  /**
   * @param programme a programme
   * @param index a partner's position
   * @param change a change to the partner's builder
   * @return the programme with that partner changed
   */
  public static Programme partner(Programme programme, int index, UnaryOperator<Partner.Builder> change) {
    Partner.Builder builder = Partner.builder().from(programme.partners().get(index));
    change.apply(builder);
    return with(programme, b -> b.partners(replace(programme.partners(), index, builder.build())));
  }

  /**
   * @param programme a programme
   * @param index an intervention's position
   * @param change a change to the intervention's builder
   * @return the programme with that intervention changed
   */
  public static Programme intervention(Programme programme, int index, UnaryOperator<Intervention.Builder> change) {
    Intervention.Builder builder = Intervention.builder().from(programme.interventions().get(index));
    change.apply(builder);
    return with(programme, b -> b.interventions(replace(programme.interventions(), index, builder.build())));
  }

  /**
   * @param programme a programme
   * @param index a grant's position
   * @param change a change to the grant's builder
   * @return the programme with that grant changed
   */
  public static Programme grant(Programme programme, int index, UnaryOperator<Grant.Builder> change) {
    Grant.Builder builder = Grant.builder().from(programme.grants().get(index));
    change.apply(builder);
    return with(programme, b -> b.grants(replace(programme.grants(), index, builder.build())));
  }

  /**
   * @param programme a programme
   * @param index an indicator's position
   * @param change a change to the indicator's builder
   * @return the programme with that indicator changed
   */
  public static Programme indicator(Programme programme, int index, UnaryOperator<Indicator.Builder> change) {
    Indicator.Builder builder = Indicator.builder().from(programme.indicators().get(index));
    change.apply(builder);
    return with(programme, b -> b.indicators(replace(programme.indicators(), index, builder.build())));
  }

  /**
   * @param programme a programme
   * @param indicator an indicator's position
   * @param period a period's position
   * @param change a change to the period's builder
   * @return the programme with that indicator period changed
   */
  public static Programme period(Programme programme, int indicator, int period,
      UnaryOperator<IndicatorPeriod.Builder> change) {
    List<IndicatorPeriod> periods = programme.indicators().get(indicator).periods();
    IndicatorPeriod.Builder builder = IndicatorPeriod.builder().from(periods.get(period));
    change.apply(builder);
    return indicator(programme, indicator, b -> b.periods(replace(periods, period, builder.build())));
  }

  /**
   * @param list a list
   * @param index a position in it
   * @param item the new item
   * @param <T> the item type
   * @return a copy with the item at the position replaced
   */
  public static <T> List<T> replace(List<T> list, int index, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, item);
    return copy;
  }

  /**
   * @param list a list
   * @param item the item to append
   * @param <T> the item type
   * @return a copy with the item appended
   */
  public static <T> List<T> append(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return copy;
  }
}
