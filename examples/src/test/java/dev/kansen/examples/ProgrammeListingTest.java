package dev.kansen.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.seeds.SeedProgrammes;
import dev.kansen.model.Alliance;
import dev.kansen.model.Allocation;
import dev.kansen.model.Baseline;
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
import dev.kansen.model.Programme;
import dev.kansen.model.Province;
import dev.kansen.model.SchoolYear;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-text summary: amounts, allocations, indicators and small-cell suppression. */
class ProgrammeListingTest {
  @Test
  void writesEurosWithThousandsSeparatorsAndCents() {
    assertAll(
        () -> assertEquals("EUR 50,000.00", ProgrammeListing.format(Money.eur("50000"))),
        () -> assertEquals("EUR 1,234,567.50", ProgrammeListing.format(Money.eur("1234567.5"))),
        () -> assertEquals("EUR 0.00", ProgrammeListing.format(Money.eur("0"))),
        () -> assertEquals("JPY 1,500", ProgrammeListing.format(Money.of(new BigDecimal("1500"), "JPY"))));
  }

  @Test
  void showsAllocatedAndUnallocatedPartsOfAGrant() {
    String summary = ProgrammeListing.of(sample());

    assertTrue(summary.contains("EUR 50,000.00  EUR 30,000.00  EUR 20,000.00"), summary);
    assertTrue(summary.contains("to Zomerschool"), summary);
  }

  @Test
  void showsAnOverAllocationAsTheAmountOver() {
    String summary = ProgrammeListing.of(withAllocations(Allocation.of("zomerschool", Money.eur("60000"))));

    assertTrue(summary.contains("EUR 50,000.00  EUR 60,000.00  over by EUR 10,000.00"), summary);
  }

  @Test
  void listsAnAllocationInAnotherCurrencyWithoutCountingItAgainstTheGrant() {
    String summary = ProgrammeListing.of(withAllocations(Allocation.of("zomerschool", Money.eur("30000")),
        Allocation.of("zomerschool", Money.of(new BigDecimal("5000"), "USD"))));

    assertTrue(summary.contains("EUR 50,000.00  EUR 30,000.00  EUR 20,000.00"), summary);
    assertTrue(summary.lines().anyMatch(line -> line.contains("to Zomerschool") && line.contains("USD 5,000.00")),
        summary);
  }

  @Test
  void suppressesIndicatorFiguresBehindFewerThanTenPupils() {
    String summary = ProgrammeListing.of(sample());

    assertTrue(summary.contains("2019-2020  baseline  41.5 (120 pupils)"), summary);
    assertTrue(summary.contains("2020-2021  target    45"), summary);
    assertTrue(summary.contains("2020-2021  actual    suppressed (fewer pupils than the threshold)"), summary);
    assertFalse(summary.contains("77.7"), summary);
  }

  @Test
  void linesCarryNoTrailingSpaces() {
    for (Programme p : SeedProgrammes.all()) {
      Arrays.stream(ProgrammeListing.of(p).split("\n"))
          .forEach(line -> assertEquals(line.stripTrailing(), line, p.id()));
    }
  }

  private static Programme withAllocations(Allocation... allocations) {
    Programme sample = sample();
    return Programme.builder().from(sample).grants(List.of(Grant.builder().from(sample.grants().get(0))
        .allocations(List.of(allocations)).build())).build();
  }

  private static Programme sample() {
    DateRange year = SchoolYear.of(2020).period();
    return Programme.builder().id("sample").title("Sample").period(year)
        .alliance(Alliance.builder().name("Gelijke Kansen Alliantie").build())
        .addMunicipalities(Municipality.of("GM0984", "Venray", Province.LIMBURG))
        .addPartners(
            Partner.builder().id("funder").name("Funder").type(OrganisationType.PROVINCE).build(),
            Partner.builder().id("recipient").name("Recipient").type(OrganisationType.MUNICIPALITY).build())
        .addInterventions(Intervention.builder().id("zomerschool").title("Zomerschool")
            .type(InterventionType.SUMMER_SCHOOL).lead("recipient").planned(year)
            .status(InterventionStatus.IMPLEMENTATION).build())
        .addGrants(Grant.builder().id("grant").funder("funder").recipient("recipient")
            .amount(Money.eur("50000")).period(year)
            .addAllocations(Allocation.of("zomerschool", Money.eur("30000"))).build())
        .addIndicators(Indicator.builder().id("score").title("Score").measure(Measure.PERCENTAGE)
            .baseline(Baseline.builder().schoolYear(SchoolYear.of(2019)).value(new BigDecimal("41.5")).pupils(120)
                .build())
            .addPeriods(IndicatorPeriod.builder().schoolYear(SchoolYear.of(2020))
                .target(Observation.builder().value(new BigDecimal("45")).build())
                .actual(Observation.builder().value(new BigDecimal("77.7")).pupils(7).build())
                .build())
            .build())
        .build();
  }
}
