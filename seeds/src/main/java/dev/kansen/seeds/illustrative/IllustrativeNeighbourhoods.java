package dev.kansen.seeds.illustrative;

import dev.kansen.model.Alliance;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Baseline;
import dev.kansen.model.Breakdown;
import dev.kansen.model.DateRange;
import dev.kansen.model.EducationSector;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Measure;
import dev.kansen.model.Municipality;
import dev.kansen.model.Observation;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.Province;
import dev.kansen.model.QuantityQualifier;
import dev.kansen.model.Reach;
import dev.kansen.model.ReachUnit;
import dev.kansen.model.SchoolYear;
import dev.kansen.model.Theme;
import dev.kansen.model.id.AreaCode;
import dev.kansen.model.id.MunicipalityCode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An illustrative programme, invented to show what wire format 1.1 adds for facts and places: a
 * membership with a day by which a source knew it held, one that ended, quantities with a qualifier ("at least",
 * "about"), a partner that stands for a group of six schools and takes part for part of the
 * programme, CBS district and neighbourhood codes on an intervention, a partner and figures, and a
 * figure broken down by school (naming the school partners) and by neighbourhood.
 *
 * <p><strong>Nothing in it is real.</strong> "Voorbeeldstad (fictief)" has the code {@code GM9999},
 * which has the CBS format but is no real municipality's; its district {@code WK999901} and
 * neighbourhoods {@code BU99990101} and {@code BU99990102} are made up likewise, as are the schools,
 * numbers and dates. The neighbouring "Buurdorp (fictief)", {@code GM9998}, is an invented member
 * that left the alliance.
 */
public final class IllustrativeNeighbourhoods {
  /** The programme's id. */
  public static final String ID = "voorbeeldstad-wijkaanpak-fictief";

  /** The fictional municipality's code. */
  public static final MunicipalityCode MUNICIPALITY = MunicipalityCode.of("GM9999");

  /** The fictional district (wijk) Oost. */
  public static final AreaCode OOST = AreaCode.of("WK999901");

  /** The fictional neighbourhood (buurt) Oost-Noord. */
  public static final AreaCode OOST_NOORD = AreaCode.of("BU99990101");

  /** The fictional neighbourhood (buurt) Oost-Zuid. */
  public static final AreaCode OOST_ZUID = AreaCode.of("BU99990102");

  private static final String GEMEENTE = "gemeente-voorbeeldstad";
  private static final String SCHOLEN_OOST = "zes-basisscholen-oost";
  private static final String DE_LINDE = "bs-de-linde";
  private static final String HET_ANKER = "bs-het-anker";
  private static final String INVENTED = " Invented for illustration; not a real organisation.";

  private IllustrativeNeighbourhoods() {}

  /** @return the programme, built anew on each call */
  public static Programme programme() {
    return Programme.builder()
        .id(ID)
        .title("Wijkaanpak Oost, Voorbeeldstad (fictief)")
        .description("An invented programme that shows facts known only by a date, quantities with a qualifier,"
            + " a partner standing for a group and neighbourhood codes. Nothing in it is real.")
        .alliance(Alliance.builder().name("Gelijke Kansen Alliantie")
            .addMembers(AllianceMembership.builder().municipality(MUNICIPALITY).joined(LocalDate.of(2019, 3, 1))
                    .knownBy(LocalDate.of(2019, 7, 1)).build(),
                AllianceMembership.builder().municipality(MunicipalityCode.of("GM9998"))
                    .joined(LocalDate.of(2018, 3, 8)).left(LocalDate.of(2021, 6, 30)).build())
            .build())
        .addMunicipalities(Municipality.of(MUNICIPALITY.value(), "Voorbeeldstad (fictief)", Province.UTRECHT))
        .period(DateRange.of("2021-08-01", "2023-07-31"))
        .addThemes(Theme.PARENTAL_INVOLVEMENT)
        .addPartners(
            Partner.builder().id(GEMEENTE).name("Gemeente Voorbeeldstad (fictief)").type(OrganisationType.MUNICIPALITY)
                .addIdentifiers(MUNICIPALITY).municipality(MUNICIPALITY)
                .addRoles(PartnerRole.FUNDING, PartnerRole.ACCOUNTABLE, PartnerRole.IMPLEMENTING)
                .description("The fictional municipality." + INVENTED).build(),
            Partner.builder().id(SCHOLEN_OOST).name("Zes basisscholen in Oost (fictief)")
                .type(OrganisationType.PRIMARY_SCHOOL).addSectors(EducationSector.PRIMARY)
                .addRoles(PartnerRole.IMPLEMENTING).municipality(MUNICIPALITY)
                .organisations(6).period(DateRange.of("2022-01-01", "2023-07-31")).addAreas(OOST)
                .description("One partner standing for the six primary schools of district Oost, which joined"
                    + " the programme in January 2022." + INVENTED).build(),
            school(DE_LINDE, "Basisschool De Linde (fictief)", OOST_NOORD),
            school(HET_ANKER, "Basisschool Het Anker (fictief)", OOST_ZUID))
        .addInterventions(Intervention.builder().id("ouderkamer-oost").title("Ouderkamer in Oost (fictief)")
            .type(InterventionType.PARENTAL_INVOLVEMENT).addThemes(Theme.PARENTAL_INVOLVEMENT)
            .description("A room for parents at the schools of Oost." + INVENTED)
            .lead(GEMEENTE).addParticipants(SCHOLEN_OOST, DE_LINDE, HET_ANKER)
            .planned(DateRange.of("2021-09-01", "2023-07-31"))
            .actualStart(LocalDate.of(2021, 9, 15)).status(InterventionStatus.IMPLEMENTATION)
            .plannedReach(Reach.of(120, ReachUnit.PARENTS)).plannedReachQualifier(QuantityQualifier.ABOUT)
            .actualReach(Reach.of(40, ReachUnit.PARENTS)).actualReachQualifier(QuantityQualifier.AT_LEAST)
            .addAreas(OOST, OOST_NOORD, OOST_ZUID)
            .build())
        .addIndicators(Indicator.builder().id("ouders-bereikt-oost").title("Ouders bereikt in Oost (fictief)")
            .measure(Measure.PERCENTAGE).addInterventions("ouderkamer-oost")
            .baseline(Baseline.builder().schoolYear(SchoolYear.of(2020)).value(new BigDecimal("30"))
                .valueQualifier(QuantityQualifier.ABOUT).pupils(200).area(OOST).build())
            .addPeriods(IndicatorPeriod.builder().schoolYear(SchoolYear.of(2022))
                .target(Observation.builder().value(new BigDecimal("60")).area(OOST).build())
                .actual(Observation.builder().value(new BigDecimal("48")).valueQualifier(QuantityQualifier.AT_LEAST)
                    .pupils(210).area(OOST)
                    .addBreakdowns(
                        cell("school", "De Linde", "40", 100).partner(DE_LINDE).build(),
                        cell("school", "Het Anker", "55", 110).partner(HET_ANKER).build(),
                        cell("neighbourhood", "Oost-Noord", "45", 120).area(OOST_NOORD).build(),
                        cell("neighbourhood", "Oost-Zuid", "52", 90).area(OOST_ZUID).build())
                    .build())
                .build())
            .build())
        .build();
  }

  private static Partner school(String id, String name, AreaCode area) {
    return Partner.builder().id(id).name(name).type(OrganisationType.PRIMARY_SCHOOL)
        .addSectors(EducationSector.PRIMARY).addRoles(PartnerRole.IMPLEMENTING).municipality(MUNICIPALITY)
        .partOf(SCHOLEN_OOST).addAreas(area)
        .description("One of the six schools of Oost." + INVENTED).build();
  }

  private static Breakdown.Builder cell(String dimension, String category, String value, int pupils) {
    return Breakdown.builder().dimension(dimension).category(category).value(new BigDecimal(value)).pupils(pupils);
  }
}
