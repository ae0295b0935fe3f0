package dev.kansen.cli.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.AllianceMembership;
import dev.kansen.model.DateRange;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.QuantityQualifier;
import dev.kansen.model.id.AreaCode;
import dev.kansen.model.id.MunicipalityCode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The words for 1.1 facts in the summary and the report. */
class FactWordsTest {
  @Test
  void aQualifiedQuantitySaysHowItRelatesToTheTrueOne() {
    assertEquals("at least 40", FactWords.quantity(Optional.of(QuantityQualifier.AT_LEAST), "40"));
    assertEquals("about 120", FactWords.quantity(Optional.of(QuantityQualifier.ABOUT), "120"));
    assertEquals("at most 8", FactWords.quantity(Optional.of(QuantityQualifier.AT_MOST), "8"));
    assertEquals("8", FactWords.quantity(Optional.of(QuantityQualifier.EXACT), "8"));
    assertEquals("8", FactWords.quantity(Optional.empty(), "8"));
  }

  @Test
  void aMembershipSaysWhatIsKnownOfItsStartAndItsEnd() {
    assertEquals("member by 2021-01-28", FactWords.membership(AllianceMembership.knownBy("GM0796", LocalDate.of(2021, 1, 28))));
    assertEquals("joined 2018-03-08, left 2021-06-30", FactWords.membership(AllianceMembership.builder()
        .municipality(MunicipalityCode.of("GM0984")).joined(LocalDate.of(2018, 3, 8)).left(LocalDate.of(2021, 6, 30))
        .build()));
    assertEquals("join date not known",
        FactWords.membership(AllianceMembership.builder().municipality(MunicipalityCode.of("GM0984")).build()));
  }

  @Test
  void aGroupPartnerSaysHowManyOrganisationsItStandsForWhenAndWhere() {
    Partner group = Partner.builder().id("scholen").name("Acht basisscholen").type(OrganisationType.PRIMARY_SCHOOL)
        .organisations(8).period(DateRange.of("2022-01-01", "2023-07-31")).addAreas(AreaCode.of("WK091701")).build();
    assertEquals(Optional.of("stands for 8 organisations · in the programme 2022-01-01 – 2023-07-31 · areas WK091701"),
        FactWords.partner(group));
    assertEquals(8, group.organisationCount());
    assertEquals(Optional.empty(), FactWords.partner(Partner.builder().from(group).organisations(java.util.OptionalInt.empty())
        .period(Optional.empty()).areas(java.util.List.of()).build()));
  }
}
