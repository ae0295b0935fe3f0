package dev.kansen.cli.summary;

import dev.kansen.disclosure.LinkedDisclosure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.cli.Fixture;
import dev.kansen.model.Allocation;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Money;
import dev.kansen.model.Observation;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the summary counts itself, and how the text and JSON show the analysis' figures. */
class ProgrammeSummaryTest {
  private final ProgrammeSummary summary = LinkedDisclosure.summary(Fixture.programme(), 10);

  @Test
  void countsPartnersByTypeAndInterventionsByStatus() {
    assertEquals(1, summary.partnersByType().get(OrganisationType.SCHOOL_BOARD));
    assertEquals(3, summary.partnerCount());
    assertEquals(1, summary.interventionsByStatus().get(InterventionStatus.CLOSED));
    assertEquals(1, summary.interventionsByStatus().get(InterventionStatus.IMPLEMENTATION));
  }

  @Test
  void textNamesEachPart() {
    String text = text(summary);
    assertTrue(text.contains("School board"), text);
    assertTrue(text.contains("Gemeente 's-Hertogenbosch (gm), 1 grant"), text);
    assertTrue(text.contains("unallocated EUR 20,000.00\n"), text);
    assertTrue(text.contains("50% of the way"), text);
  }

  @Test
  void eachTablePadsItsLabelsToTheLongestLabelPlusTwoSpaces() {
    Programme p = Fixture.programme();
    ProgrammeSummary longest = LinkedDisclosure.summary(Programme.builder().from(p)
        .partners(List.of(Partner.builder().from(p.partners().get(0)).type(OrganisationType.UNIVERSITY_OF_APPLIED_SCIENCES).build(),
            p.partners().get(1), p.partners().get(2)))
        .interventions(List.of(Intervention.builder().from(p.interventions().get(0)).type(InterventionType.EARLY_CHILDHOOD_EDUCATION).build(),
            p.interventions().get(1)))
        .build(), 10);

    String text = text(longest);
    assertTrue(text.contains("\n    University of applied sciences  1\n"), text);
    assertTrue(text.contains("\n    Early childhood education  1\n"), text);
    assertFalse(text.matches("(?s).*[a-z][0-9].*"), "a label runs into its count: " + text);
  }

  @Test
  void jsonNamesTheProgrammePeriodAsInTheWireFormat() {
    JsonNode programme = SummaryJson.of(summary).at("/programme");
    assertEquals(Fixture.programme().period().orElseThrow().start().toString(), programme.at("/period/start").textValue());
    assertEquals(Fixture.programme().period().orElseThrow().end().toString(), programme.at("/period/end").textValue());
    assertFalse(programme.has("start") || programme.has("end"), programme.toString());
  }

  @Test
  void jsonCarriesExactAmounts() {
    JsonNode json = SummaryJson.of(summary);
    assertEquals("50000.00", json.at("/funding/0/granted").textValue(), "money is a decimal string, as on the wire");
    assertEquals("30000.00", json.at("/funding/0/allocated").textValue());
    assertEquals("20000.00", json.at("/funding/0/unallocated").textValue());
    assertEquals("Gemeente 's-Hertogenbosch", json.at("/funding/0/funderName").textValue());
    assertEquals(1, json.at("/funding/0/grants").intValue());
    assertEquals(3, json.at("/partners/total").intValue());
    assertEquals(1, json.at("/interventions/byStatus/CLOSED").intValue());
    assertFalse(json.at("/indicators/0/actual/suppressed").booleanValue());
  }

  @Test
  void overAllocationIsANegativeRest() {
    ProgrammeSummary over = LinkedDisclosure.summary(Fixture.withAllocations(Allocation.of("summer", Money.eur("60000"))), 10);

    assertTrue(text(over).contains("unallocated -EUR 10,000.00  (over-allocated)"), text(over));
    assertEquals("-10000.00", SummaryJson.of(over).at("/funding/0/unallocated").textValue());
  }

  @Test
  void fundersWithoutAPartnerAreNamedByTheirId() {
    Programme p = Fixture.programme();
    ProgrammeSummary unknown = LinkedDisclosure.summary(Programme.builder().from(p)
        .grants(List.of(Grant.builder().from(p.grants().get(0)).funder("nobody").build())).build(), 10);

    assertTrue(text(unknown).contains("  nobody (nobody), 1 grant"), text(unknown));
    assertEquals("nobody", SummaryJson.of(unknown).at("/funding/0/funderName").textValue());
  }

  @Test
  void progressIsShownInWholePercentRoundedHalfEven() {
    // baseline 24, target 20, actual 21.5: 62.50 % of the way, shown as 62
    ProgrammeSummary halfway = LinkedDisclosure.summary(Fixture.withActual(Observation.builder()
        .value(new BigDecimal("21.5")).pupils(410).build()), 10);

    assertTrue(text(halfway).contains("progress 62% of the way from baseline to target"), text(halfway));
    assertEquals("62", SummaryJson.of(halfway).at("/indicators/0/progressPercent").decimalValue().toPlainString());
  }

  @Test
  void aSuppressedFigureShowsNeitherValueNorComment() {
    ProgrammeSummary small = LinkedDisclosure.summary(Fixture.withActual(Observation.builder()
        .value(new BigDecimal("21.5")).pupils(6).comment("just over a fifth").build()), 10);

    String text = text(small);
    assertTrue(text.contains("actual   suppressed (too few pupils) in 2021-2022"), text);
    assertTrue(text.contains("progress not known"), text);
    assertFalse(text.contains("21.5") || text.contains("a fifth"), text);
    JsonNode actual = SummaryJson.of(small).at("/indicators/0/actual");
    assertTrue(actual.get("suppressed").booleanValue());
    assertFalse(actual.has("value") || actual.has("comment"), actual.toString());
    assertTrue(SummaryJson.of(small).at("/indicators/0/progressPercent").isNull());
  }

  private static String text(ProgrammeSummary summary) {
    StringBuilder text = new StringBuilder();
    SummaryText.write(summary, line -> text.append(line).append('\n'));
    return text.toString();
  }
}
