package dev.kansen.seeds.illustrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.analysis.CategoryFunding;
import dev.kansen.analysis.FundingPerYear;
import dev.kansen.analysis.YearFunding;
import dev.kansen.model.Grant;
import dev.kansen.model.InterventionSubtype;
import dev.kansen.model.Money;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.model.SpendingCategory;
import dev.kansen.model.Transaction;
import dev.kansen.seeds.SeedProgrammes;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The illustrative OAB programme says it is invented, uses every 1.1 part of money and reach, and is valid. */
class IllustrativeOabProgrammeTest {
  private final Programme programme = IllustrativeOabProgramme.programme();

  @Test
  void buildsTheSameProgrammeEachTimeAndIsNoSeed() {
    assertEquals(programme, IllustrativeOabProgramme.programme());
    assertTrue(SeedProgrammes.byId(IllustrativeOabProgramme.ID).isEmpty());
  }

  @Test
  void saysThatItIsInvented() {
    assertTrue(programme.title().startsWith("Illustratief voorbeeld"), programme.title());
    assertTrue(programme.description().orElseThrow().contains("invented for demonstration"));
    assertEquals("Voorbeeldstad (fictief)", programme.municipalities().get(0).name());
    for (Partner partner : programme.partners()) {
      assertTrue(partner.name().endsWith("(fictief)"), partner.name());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-10-31", "2026-11-29"})
  void hasNoFindingButTheChildcareOrganisationsMissingLrkNumber(String asOf) {
    List<String> findings = Validator.standard().validate(programme, ValidationContext.asOf(LocalDate.parse(asOf)))
        .violations().stream().map(v -> v.severity() + " " + v.code() + " " + v.path()).toList();
    assertEquals(List.of("WARNING MISSING_PARTNER_IDENTIFIER /partners/2/identifiers"), findings);
  }

  @Test
  void recordsNothingAfterTheDayItDescribes() {
    for (Grant g : programme.grants()) {
      for (Transaction t : g.transactions()) {
        assertFalse(t.date().isAfter(IllustrativeOabProgramme.RECORDED_ON), g.id() + " " + t.date());
      }
      g.repayments().forEach(r -> assertFalse(r.date().isAfter(IllustrativeOabProgramme.RECORDED_ON)));
    }
  }

  @Test
  void usesTheOabPartsOfTheModel() {
    Grant closed = programme.grant(IllustrativeOabProgramme.OAB_2024).orElseThrow();
    assertTrue(closed.year().isPresent() && closed.scheme().isPresent() && closed.coFinancing().isPresent()
        && closed.carriedOver().isPresent() && !closed.repayments().isEmpty());
    assertTrue(closed.transactions().stream().anyMatch(t -> t.subtype().isPresent()));
    assertEquals(InterventionSubtype.PRESCHOOL_EDUCATION,
        programme.intervention(IllustrativeOabProgramme.PRESCHOOL).orElseThrow().subtype().orElseThrow());
    assertTrue(programme.intervention(IllustrativeOabProgramme.PRESCHOOL).orElseThrow().dosage().isPresent());
    assertTrue(programme.intervention(IllustrativeOabProgramme.PRESCHOOL).orElseThrow().eligiblePopulation().isPresent());
    assertEquals(InterventionSubtype.TRANSITION_CLASS,
        programme.intervention(IllustrativeOabProgramme.TRANSITION_CLASS).orElseThrow().subtype().orElseThrow());
    assertEquals(1, programme.participation().size());
  }

  @Test
  void theFundingPerYearBalancesTheClosedYearAndLeavesTheRunningOneOpen() {
    FundingPerYear perYear = FundingPerYear.of(programme);
    assertEquals(List.of(2024, 2025), perYear.years().stream().map(YearFunding::year).toList());
    YearFunding y2024 = perYear.year(2024).get(0);
    assertEquals(Money.eur("1250000.00"), y2024.received());
    assertEquals(Money.eur("150000.00"), y2024.coFinancing());
    assertEquals(Money.eur("1323000.00"), y2024.spent());
    assertEquals(Money.eur("62500.00"), y2024.carriedOver());
    assertEquals(Money.eur("14500.00"), y2024.repaid());
    assertTrue(y2024.closed());
    assertTrue(y2024.balanced());
    assertEquals(List.of(
            new CategoryFunding(SpendingCategory.PRESCHOOL_EDUCATION, Money.eur("1080000.00"), Money.eur("1046300.00"),
                Money.eur("0")),
            new CategoryFunding(SpendingCategory.TRANSITION_CLASSES, Money.eur("190000.00"), Money.eur("176450.00"),
                Money.eur("0")),
            new CategoryFunding(SpendingCategory.SUMMER_SCHOOLS, Money.eur("70000.00"), Money.eur("58900.00"),
                Money.eur("0")),
            new CategoryFunding(SpendingCategory.OTHER_OAB, Money.eur("60000.00"), Money.eur("41350.00"),
                Money.eur("14500.00"))),
        y2024.categories());
    YearFunding y2025 = perYear.year(2025).get(0);
    assertFalse(y2025.closed());
    assertEquals(Money.eur("475000.00"), y2025.remaining());
  }
}
