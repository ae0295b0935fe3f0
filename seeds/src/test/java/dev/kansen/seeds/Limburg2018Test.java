package dev.kansen.seeds;

import static dev.kansen.seeds.SeedAssertions.intervention;
import static dev.kansen.seeds.SeedAssertions.mentions;
import static dev.kansen.seeds.SeedAssertions.partner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Measure;
import dev.kansen.model.Money;
import dev.kansen.model.Municipality;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.Province;
import dev.kansen.model.Reach;
import dev.kansen.model.ReachUnit;
import dev.kansen.model.SchoolYear;
import dev.kansen.model.id.IdentifierScheme;
import dev.kansen.model.id.MunicipalityCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Limburg seed holds everything the article of 8 March 2018 names, and nothing invented. */
class Limburg2018Test {
  private final Programme programme = Limburg2018.programme();

  @Test
  void buildsTheSameProgrammeEachTime() {
    assertEquals(programme, Limburg2018.programme());
    assertEquals(Limburg2018.ID, programme.id());
  }

  @Test
  void coversTheFourLimburgMunicipalitiesWithTheirCbsCodes() {
    assertEquals(List.of(
            Municipality.of("GM1883", "Sittard-Geleen", Province.LIMBURG),
            Municipality.of("GM0957", "Roermond", Province.LIMBURG),
            Municipality.of("GM0984", "Venray", Province.LIMBURG),
            Municipality.of("GM0917", "Heerlen", Province.LIMBURG)),
        programme.municipalities());
    assertEquals("PV31", Province.LIMBURG.code().value());
  }

  @Test
  void allFourAreKnownMembersByTheArticlesDateWithoutAJoinDate() {
    LocalDate march8 = LocalDate.of(2018, 3, 8);
    assertEquals(List.of("GM1883", "GM0957", "GM0984", "GM0917"),
        programme.alliance().members().stream().map(m -> m.municipality().value()).toList());
    for (AllianceMembership m : programme.alliance().members()) {
      assertEquals(Optional.of(march8), m.knownBy(), m.municipality().value());
      assertEquals(Optional.empty(), m.joined(), m.municipality().value());
    }
  }

  @Test
  void theProvinceGivesExactlyFiftyThousandEurosToVenrayAndToHeerlen() {
    Money fiftyThousand = Money.of(new BigDecimal("50000.00"), "EUR");
    Map<String, Money> byRecipient = programme.grants().stream().collect(Collectors.toMap(
        g -> programme.partner(g.recipient()).orElseThrow().name(), g -> g.amount().orElseThrow()));
    assertEquals(Map.of("Gemeente Venray", fiftyThousand, "Gemeente Heerlen", fiftyThousand), byRecipient);
    for (Grant grant : programme.grants()) {
      assertEquals("Provincie Limburg", programme.partner(grant.funder()).orElseThrow().name());
    }
  }

  @Test
  void theGrantsAreNotSplitOverInterventionsTheArticleDoesNotSplit() {
    for (Grant grant : programme.grants()) {
      assertTrue(grant.allocations().isEmpty(), grant.id());
      assertTrue(grant.purpose().orElseThrow().contains("not allocated"), grant.id());
    }
  }

  @Test
  void everyOrganisationTheArticleNamesIsAPartner() {
    Partner province = partner(programme, "Provincie Limburg", OrganisationType.PROVINCE);
    assertTrue(province.hasRole(PartnerRole.FUNDING));
    assertEquals("PV31", province.identifiers(IdentifierScheme.CBS_PROVINCE).get(0).value());
    partner(programme, "OCW", OrganisationType.MINISTRY);
    for (String name : List.of("Sittard-Geleen", "Roermond", "Venray", "Heerlen")) {
      partner(programme, "Gemeente " + name, OrganisationType.MUNICIPALITY);
    }
    partner(programme, "Basisonderwijs Venray", OrganisationType.PRIMARY_SCHOOL);
    partner(programme, "Kinderopvang Venray", OrganisationType.CHILDCARE);
    partner(programme, "Speciaal onderwijs Venray", OrganisationType.SPECIAL_SCHOOL);
    partner(programme, "Voortgezet onderwijs Venray", OrganisationType.SECONDARY_SCHOOL);
    partner(programme, "mbo", OrganisationType.VOCATIONAL_SCHOOL);
    partner(programme, "Acht basisscholen Heerlen", OrganisationType.PRIMARY_SCHOOL);
    partner(programme, "Peuteropvang Heerlen", OrganisationType.PRESCHOOL);
  }

  @Test
  void inventsNoIdentifiers() {
    for (Partner p : programme.partners()) {
      p.identifiers().forEach(id -> assertTrue(id.scheme() == IdentifierScheme.CBS_MUNICIPALITY
          || id.scheme() == IdentifierScheme.CBS_PROVINCE, p.name() + " has " + id));
    }
  }

  @Test
  void venrayStimulatesLanguageAndAShiftInCulture() {
    Intervention language = intervention(programme, "Taalstimulering op school en thuis",
        InterventionType.LANGUAGE_STIMULATION);
    Intervention culture = intervention(programme, "Cultuuromslag", InterventionType.PROFESSIONAL_DEVELOPMENT);
    for (Intervention i : List.of(language, culture)) {
      assertEquals(MunicipalityCode.of("GM0984"), i.municipality().orElseThrow());
      assertEquals(5, i.participants().size(), i.title());
    }
  }

  @Test
  void heerlenWorksAtEightPrimarySchools() {
    Intervention handover = intervention(programme, "Warme overdracht vanuit de peuteropvang",
        InterventionType.WARM_HANDOVER);
    Intervention consultants = intervention(programme, "jeugdconsulenten", InterventionType.YOUTH_CONSULTANT);
    for (Intervention i : List.of(handover, consultants)) {
      assertEquals(MunicipalityCode.of("GM0917"), i.municipality().orElseThrow());
      assertEquals(Reach.of(8, ReachUnit.SCHOOLS), i.plannedReach().orElseThrow(), i.title());
    }
    assertEquals(8, partner(programme, "Acht basisscholen Heerlen", OrganisationType.PRIMARY_SCHOOL)
        .organisationCount());
  }

  @Test
  void recordsNoIndicatorBecauseTheArticleGivesNoSchoolYearForItsOneAim() {
    assertEquals(List.of(), programme.indicators());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hans Teunissen", "gedeputeerde Onderwijs", "Martijn van der Putten", "Jordy Clemens",
      "groot denken, klein doen", "zwangerschap", "leerkrachten ontlasten", "ouderbetrokkenheid", "warme instroom",
      "Inspectie van het Onderwijs", "Staat van het Onderwijs 2016", "meetbaar en laagdrempelig",
      "onderwijskwaliteit van de toekomst", "mbo"})
  void mentionsWhatTheArticleSays(String words) {
    mentions(programme, words);
  }
}
