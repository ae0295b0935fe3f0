package dev.kansen.cli;

import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Allocation;
import dev.kansen.model.Baseline;
import dev.kansen.model.Breakdown;
import dev.kansen.model.DateRange;
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
import dev.kansen.model.SchoolYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, valid programme for the command's tests: three partners (one with a hostile name), two
 * interventions, one grant with one allocation, and one percentage indicator broken down by
 * parental education, one of whose cells was suppressed at the source (no value, 6 pupils).
 */
public final class Fixture {
  /** A name that must come out of every report as text, never as markup. */
  public static final String HOSTILE_NAME = "<script>alert(1)</script>";

  private Fixture() {}

  /** @return the fixture programme */
  public static Programme programme() {
    return Programme.builder()
        .id("fixture")
        .title("Fixture programme")
        .alliance(Alliance.builder().name("Gelijke Kansen Alliantie")
            .addMembers(AllianceMembership.of("GM0796", LocalDate.parse("2017-06-01"))).build())
        .addMunicipalities(Municipality.of("GM0796", "'s-Hertogenbosch", Province.NOORD_BRABANT))
        .period(DateRange.of("2021-01-01", "2022-12-31"))
        .addPartners(
            Partner.builder().id("gm").name("Gemeente 's-Hertogenbosch").type(OrganisationType.MUNICIPALITY)
                .addRoles(PartnerRole.FUNDING, PartnerRole.ACCOUNTABLE, PartnerRole.IMPLEMENTING).build(),
            Partner.builder().id("board").name("Stichting Primair").type(OrganisationType.SCHOOL_BOARD)
                .addRoles(PartnerRole.EXTENDING, PartnerRole.IMPLEMENTING).build(),
            Partner.builder().id("evil").name(HOSTILE_NAME).type(OrganisationType.LIBRARY)
                .addRoles(PartnerRole.EXTENDING).build())
        .addInterventions(
            Intervention.builder().id("summer").title("Summer school").type(InterventionType.SUMMER_SCHOOL)
                .lead("board").planned(DateRange.of("2021-07-01", "2021-08-31"))
                .actualStart(LocalDate.parse("2021-07-05")).actualEnd(LocalDate.parse("2021-08-27"))
                .status(InterventionStatus.CLOSED).build(),
            Intervention.builder().id("handover").title("Warm handover").type(InterventionType.WARM_HANDOVER)
                .lead("gm").planned(DateRange.of("2021-03-01", "2022-07-31"))
                .actualStart(LocalDate.parse("2021-04-01"))
                .status(InterventionStatus.IMPLEMENTATION).build())
        .addGrants(Grant.builder().id("g1").funder("gm").recipient("board").amount(Money.eur("50000"))
            .period(DateRange.of("2021-01-01", "2021-12-31")).purpose("Summer schools")
            .addAllocations(Allocation.of("summer", Money.eur("30000"))).build())
        .addIndicators(Indicator.builder().id("advice").title("Pupils advised below their test advice")
            .measure(Measure.PERCENTAGE).ascending(false).addInterventions("handover")
            .baseline(Baseline.builder().schoolYear(SchoolYear.of(2020)).value(new BigDecimal("24")).pupils(400)
                .addBreakdowns(
                    breakdown("low", "31", 120), breakdown("middle", "22", 180), breakdown("high", "17", 100))
                .build())
            .addPeriods(IndicatorPeriod.builder().schoolYear(SchoolYear.of(2021))
                .target(Observation.builder().value(new BigDecimal("20")).build())
                .actual(Observation.builder().value(new BigDecimal("22")).pupils(410)
                    .addBreakdowns(
                        breakdown("low", "27", 130), breakdown("middle", "20", 274),
                        Breakdown.builder().dimension(Breakdown.PARENTAL_EDUCATION).category("unknown").pupils(6).build())
                    .build())
                .build())
            .build())
        .build();
  }

  /**
   * The fixture as a careless export might have it: the 'unknown' cell keeps its value, 93.7,
   * though it rests on 6 pupils. Not valid; a report must still never show that value.
   *
   * @return the programme with a small cell
   */
  public static Programme withSmallCell() {
    Observation actual = programme().indicators().get(0).periods().get(0).actual().orElseThrow();
    List<Breakdown> cells = new ArrayList<>(actual.breakdowns());
    cells.set(2, breakdown("unknown", "93.7", 6));
    return withActual(Observation.builder().from(actual).breakdowns(cells).build());
  }

  /**
   * @param actual the indicator's actual for 2021-2022 instead of the fixture's
   * @return the fixture with that actual
   */
  public static Programme withActual(Observation actual) {
    Programme p = programme();
    Indicator indicator = p.indicators().get(0);
    IndicatorPeriod period = IndicatorPeriod.builder().from(indicator.periods().get(0)).actual(actual).build();
    return Programme.builder().from(p)
        .indicators(List.of(Indicator.builder().from(indicator).periods(List.of(period)).build())).build();
  }

  /**
   * @param allocations the allocations of the fixture's one grant instead of its own
   * @return the fixture with those allocations
   */
  public static Programme withAllocations(Allocation... allocations) {
    Programme p = programme();
    return Programme.builder().from(p).grants(List.of(Grant.builder().from(p.grants().get(0))
        .allocations(List.of(allocations)).build())).build();
  }

  private static Breakdown breakdown(String category, String value, int pupils) {
    return Breakdown.builder().dimension(Breakdown.PARENTAL_EDUCATION).category(category)
        .value(new BigDecimal(value)).pupils(pupils).build();
  }
}
