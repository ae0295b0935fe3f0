package dev.kansen.cli.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kansen.cli.Fixture;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.OrganisationType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProgrammeSummaryTest {
  private final ProgrammeSummary summary = ProgrammeSummary.of(Fixture.programme(), 10);

  @Test
  void countsPartnersByTypeAndInterventionsByStatus() {
    assertEquals(1, summary.partnersByType().get(OrganisationType.SCHOOL_BOARD));
    assertEquals(3, summary.partnerCount());
    assertEquals(1, summary.interventionsByStatus().get(InterventionStatus.CLOSED));
    assertEquals(1, summary.interventionsByStatus().get(InterventionStatus.IMPLEMENTATION));
  }

  @Test
  void fundingByFunderSplitsAllocatedFromUnallocated() {
    FundingTotal total = summary.funding().get(0);
    assertEquals("gm", total.funder());
    assertEquals(0, new BigDecimal("50000").compareTo(total.granted()));
    assertEquals(0, new BigDecimal("30000").compareTo(total.allocated()));
    assertEquals(0, new BigDecimal("20000").compareTo(total.unallocated()));
  }

  @Test
  void progressRunsFromBaselineTowardTarget() {
    // baseline 24, target 20, actual 22: half way, also for a lower-is-better indicator
    assertEquals(new BigDecimal("50"), summary.indicators().get(0).progressPercent().orElseThrow());
  }

  @Test
  void figuresFromTooFewPupilsAreSuppressed() {
    Figure figure = Figure.of(dev.kansen.model.SchoolYear.of(2021),
        dev.kansen.model.Observation.builder().value(new BigDecimal("12.5")).pupils(8).build(), 10);
    assertTrue(figure.suppressed());
    assertTrue(figure.value().isEmpty());
  }

  @Test
  void textNamesEachPart() {
    StringWriter text = new StringWriter();
    SummaryText.write(summary, new PrintWriter(text));
    assertTrue(text.toString().contains("School board"), text.toString());
    assertTrue(text.toString().contains("unallocated EUR 20,000.00"), text.toString());
    assertTrue(text.toString().contains("50% of the way"), text.toString());
  }

  @Test
  void jsonCarriesExactAmounts() {
    JsonNode json = SummaryJson.of(summary);
    assertEquals("20000.00", json.at("/funding/0/unallocated").decimalValue().toPlainString());
    assertEquals(3, json.at("/partners/total").intValue());
    assertEquals(1, json.at("/interventions/byStatus/CLOSED").intValue());
    assertFalse(json.at("/indicators/0/actual/suppressed").booleanValue());
  }
}
