package dev.kansen.seeds;

import static dev.kansen.seeds.SeedAssertions.intervention;
import static dev.kansen.seeds.SeedAssertions.mentions;
import static dev.kansen.seeds.SeedAssertions.partner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.AllianceMembership;
import dev.kansen.model.EducationSector;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Municipality;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.Province;
import dev.kansen.model.QuantityQualifier;
import dev.kansen.model.Reach;
import dev.kansen.model.ReachUnit;
import dev.kansen.model.id.IdentifierScheme;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 's-Hertogenbosch seed holds everything the article of 28 January 2021 names, and nothing invented. */
class SHertogenbosch2021Test {
  private final Programme programme = SHertogenbosch2021.programme();

  @Test
  void buildsTheSameProgrammeEachTime() {
    assertEquals(programme, SHertogenbosch2021.programme());
    assertEquals(SHertogenbosch2021.ID, programme.id());
  }

  @Test
  void coversSHertogenboschInNoordBrabant() {
    assertEquals(List.of(Municipality.of("GM0796", "'s-Hertogenbosch", Province.NOORD_BRABANT)),
        programme.municipalities());
    assertEquals("PV30", Province.NOORD_BRABANT.code().value());
  }

  @Test
  void recordsTheMembershipAsKnownByTheArticlesDateWithoutAJoinDate() {
    assertEquals("Gelijke Kansen Alliantie", programme.alliance().name());
    assertEquals(List.of(AllianceMembership.knownBy("GM0796", LocalDate.of(2021, 1, 28))),
        programme.alliance().members());
    mentions(programme, "known to hold by the article's date, without a join date");
  }

  @Test
  void everyOrganisationTheArticleNamesIsAPartner() {
    Partner municipality = partner(programme, "Gemeente 's-Hertogenbosch", OrganisationType.MUNICIPALITY);
    assertEquals(EnumSet.of(PartnerRole.FUNDING, PartnerRole.ACCOUNTABLE, PartnerRole.IMPLEMENTING),
        EnumSet.copyOf(municipality.roles()));
    partner(programme, "OCW", OrganisationType.MINISTRY);
    assertEquals(SeedAssertions.partner(programme, "OCW", OrganisationType.MINISTRY).id(),
        programme.alliance().coordinator().orElseThrow());
    assertEquals(Set.of(EducationSector.PRIMARY),
        partner(programme, "primair onderwijs", OrganisationType.SCHOOL_BOARD).sectors());
    assertEquals(Set.of(EducationSector.SECONDARY),
        partner(programme, "voortgezet onderwijs", OrganisationType.SCHOOL_BOARD).sectors());
    assertEquals(Set.of(EducationSector.SPECIAL),
        partner(programme, "speciaal onderwijs", OrganisationType.SCHOOL_BOARD).sectors());
    partner(programme, "samenwerkingsverband po De Meijerij", OrganisationType.SAMENWERKINGSVERBAND);
    partner(programme, "Kinderopvang", OrganisationType.CHILDCARE);
    partner(programme, "Kindcentra", OrganisationType.OTHER);
    partner(programme, "PowerUp073", OrganisationType.OTHER);
    partner(programme, "Avans", OrganisationType.UNIVERSITY_OF_APPLIED_SCIENCES);
    partner(programme, "Hambaken Connect", OrganisationType.OTHER);
  }

  @Test
  void unnamedGroupsSayTheArticleDoesNotNameThem() {
    for (String group : List.of("primair onderwijs", "voortgezet onderwijs", "speciaal onderwijs")) {
      assertTrue(partner(programme, group, OrganisationType.SCHOOL_BOARD).description().orElseThrow()
          .contains("The article does not name them"), group);
    }
    assertTrue(partner(programme, "Kinderopvang", OrganisationType.CHILDCARE).description().orElseThrow()
        .contains("The article does not name them"));
  }

  @Test
  void inventsNoIdentifiers() {
    for (Partner p : programme.partners()) {
      p.identifiers().forEach(id -> assertEquals(IdentifierScheme.CBS_MUNICIPALITY, id.scheme(), p.name()));
    }
  }

  @Test
  void theMorningMeetingReachedMoreThanFortyBoardMembers() {
    Intervention meeting = intervention(programme, "Bestuurdersbijeenkomst", InterventionType.COALITION_MEETING);
    LocalDate wednesday = LocalDate.of(2021, 1, 27);
    assertEquals(wednesday, meeting.planned().orElseThrow().start());
    assertEquals(wednesday, meeting.actualStart().orElseThrow());
    assertEquals(InterventionStatus.CLOSED, meeting.status());
    assertEquals(Reach.of(40, ReachUnit.PROFESSIONALS), meeting.actualReach().orElseThrow());
    assertEquals(QuantityQualifier.AT_LEAST, meeting.actualReachQualifier().orElseThrow());
    assertTrue(meeting.description().orElseThrow().contains("more than 40"));
  }

  @Test
  void theStudyDayIsTheFirstTheMunicipalityCoOrganises() {
    Intervention studyDay = intervention(programme, "Studiedag", InterventionType.PROFESSIONAL_DEVELOPMENT);
    assertEquals(LocalDate.of(2021, 1, 27), studyDay.planned().orElseThrow().start());
    assertTrue(studyDay.participants().contains("gemeente-s-hertogenbosch"));
    String description = studyDay.description().orElseThrow();
    assertTrue(description.contains("Iliass el Hadioui"));
    assertTrue(description.contains("first time"));
    assertTrue(description.contains("annual"));
  }

  @Test
  void everyCovidYearActionTheArticleNamesIsAnIntervention() {
    assertEquals(Set.of(8), intervention(programme, "Warme overdracht groep 8", InterventionType.WARM_HANDOVER)
        .targetGroup().orElseThrow().groups());
    Intervention talentschool = intervention(programme, "Bossche Talentschool", InterventionType.TALENT_PROGRAMME);
    assertTrue(talentschool.participants().containsAll(List.of("powerup073", "avans")));
    intervention(programme, "Zomerscholen", InterventionType.SUMMER_SCHOOL);
    assertTrue(intervention(programme, "Huiswerkbegeleiding", InterventionType.HOMEWORK_SUPPORT).participants()
        .contains("hambaken-connect"));
    intervention(programme, "Hunted 's-Hertogenbosch", InterventionType.SPORT_AND_PLAY);
    for (Intervention i : programme.interventions()) {
      if (i.status() == InterventionStatus.IMPLEMENTATION) {
        assertTrue(i.actualStart().isEmpty(), i.title() + " must not claim a start date the article does not give");
      }
    }
  }

  @Test
  void theSpringActionsArePlanned() {
    Intervention spring = intervention(programme, "voorjaar", InterventionType.OTHER);
    assertEquals(InterventionStatus.PIPELINE, spring.status());
    assertTrue(spring.planned().isEmpty(), "the article says 'dit voorjaar', no dates");
  }

  @Test
  void theArticleNamesNoAmountsSoThereIsNoGrant() {
    assertTrue(programme.grants().isEmpty());
    assertTrue(programme.partners().stream().anyMatch(p -> p.hasRole(PartnerRole.FUNDING)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"welzijnswerk", "kinder- en jongerenwerk", "vrijwilligers", "bibliotheek",
      "jeugdgezondheidszorg", "sport- en culturele verenigingen"})
  void futurePartnersAreAGoalNotPartners(String kind) {
    assertTrue(programme.goals().stream().anyMatch(g -> g.description().orElse("").contains(kind)), kind);
  }

  @Test
  void noFuturePartnerKindIsRecordedAsAPartner() {
    Set<OrganisationType> future = EnumSet.of(OrganisationType.WELFARE, OrganisationType.YOUTH_WORK,
        OrganisationType.VOLUNTEER_ORGANISATION, OrganisationType.LIBRARY, OrganisationType.YOUTH_HEALTH_CARE,
        OrganisationType.SPORT_CLUB, OrganisationType.CULTURAL_ASSOCIATION);
    assertFalse(programme.partners().stream().anyMatch(p -> future.contains(p.type())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kâhya", "Monaïm Benrida", "Iliass el Hadioui", "actieagenda", "voorschoolse educatie",
      "schooladviezen", "vervangen", "stapelen"})
  void mentionsWhatTheArticleSays(String words) {
    mentions(programme, words);
  }
}
