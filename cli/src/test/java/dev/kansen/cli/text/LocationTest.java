package dev.kansen.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.DateRange;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Money;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.Alliance;
import dev.kansen.validation.JsonPointer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Locations in words: the kind of element, its 1-based position and its name, in the reader's language. */
class LocationTest {
  private static final DateRange YEAR = DateRange.of("2020-08-01", "2021-07-31");
  private static final Programme PROGRAMME = Programme.builder().id("p").title("P").period(YEAR)
      .alliance(Alliance.builder().name("Gelijke Kansen Alliantie").build())
      .addPartners(Partner.builder().id("gemeente").name("Gemeente Oss").type(OrganisationType.MUNICIPALITY)
          .addRoles(PartnerRole.FUNDING, PartnerRole.IMPLEMENTING).build())
      .addInterventions(Intervention.builder().id("wo").title("Warme overdracht").type(InterventionType.WARM_HANDOVER)
          .lead("gemeente").planned(YEAR).status(InterventionStatus.PIPELINE).build())
      .addGrants(Grant.builder().id("bijdrage").funder("gemeente").recipient("gemeente").amount(Money.eur("1000"))
          .period(YEAR).build())
      .build();

  private static Optional<String> at(String pointer, Language language) {
    return Location.of(JsonPointer.parse(pointer), Optional.of(PROGRAMME), Texts.of(language));
  }

  @Test
  void anInterventionIsNamedByKindPositionAndTitle() {
    assertEquals(Optional.of("interventie 1, Warme overdracht"), at("/interventions/0", Language.NL));
    assertEquals(Optional.of("intervention 1, Warme overdracht"), at("/interventions/0/lead", Language.EN));
    assertEquals(Optional.of("partner 1, Gemeente Oss"), at("/partners/0/roles/1", Language.NL));
  }

  @Test
  void anElementOfAGrantFollowsTheGrant() {
    assertEquals(Optional.of("subsidie 1, bijdrage › toewijzing 3"), at("/grants/0/allocations/2/amount", Language.NL));
    assertEquals(Optional.of("grant 1, bijdrage › transaction 1"), at("/grants/0/transactions/0", Language.EN));
  }

  @Test
  void withoutTheProgrammeOrBeyondItsListsTheNameIsLeftOut() {
    assertEquals(Optional.of("interventie 1"),
        Location.of(JsonPointer.parse("/interventions/0"), Optional.empty(), Texts.of(Language.NL)));
    assertEquals(Optional.of("interventie 8"), at("/interventions/7", Language.NL));
  }

  @Test
  void aPathOutsideTheListsHasNoLocation() {
    assertEquals(Optional.empty(), at("", Language.NL));
    assertEquals(Optional.empty(), at("/period/start", Language.NL));
    assertEquals(Optional.empty(), at("/interventions", Language.NL));
    assertEquals(Optional.empty(), at("/interventions/x", Language.NL));
    assertEquals(Optional.empty(), at("/interventions/99999999999", Language.NL));
  }
}
