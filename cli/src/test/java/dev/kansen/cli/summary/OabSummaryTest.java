package dev.kansen.cli.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.disclosure.LinkedDisclosure;
import dev.kansen.model.Intervention;
import dev.kansen.model.Programme;
import dev.kansen.model.Reach;
import dev.kansen.model.ReachUnit;
import dev.kansen.seeds.illustrative.IllustrativeOabProgramme;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary shows the funding per calendar year and reach against the eligible population. */
class OabSummaryTest {
  private final Programme programme = IllustrativeOabProgramme.programme();
  private final ProgrammeSummary summary = LinkedDisclosure.summary(programme, 10);

  @Test
  void textShowsEachYearsAccountsAndReachAgainstTheEligible() {
    String text = text(summary);
    assertTrue(text.contains("Funding per calendar year:\n  2024 (oab-2024)\n"), text);
    assertTrue(text.contains("    received      EUR 1,250,000.00\n"), text);
    assertTrue(text.contains("    co-financing  EUR 150,000.00\n"), text);
    assertTrue(text.contains("      voorschoolse educatie: EUR 1,046,300.00 of EUR 1,080,000.00 budgeted\n"), text);
    assertTrue(text.contains("    carried over  EUR 62,500.00\n    repaid        EUR 14,500.00\n    remaining     EUR 0.00\n"),
        text);
    assertTrue(text.contains("  2025 (oab-2025), accounts not closed\n"), text);
    assertTrue(text.contains("Voorschoolse educatie in de peuteropvang (voorschoolse-educatie): 142 children reached of 180"
        + " eligible (79%)"), text);
  }

  @Test
  void jsonWritesMoneyAsExactDecimalStrings() {
    JsonNode root = SummaryJson.of(summary);
    JsonNode y2024 = root.get("fundingPerYear").get(0);
    assertEquals(2024, y2024.get("year").asInt());
    assertTrue(y2024.get("received").isTextual());
    assertEquals("1250000.00", y2024.get("received").asText());
    assertEquals("1323000.00", y2024.get("spent").asText());
    assertEquals("14500.00", y2024.get("categories").get(3).get("repaid").asText());
    assertTrue(y2024.get("closed").asBoolean());
    JsonNode reach = root.get("eligibleReach").get(0);
    assertEquals("voorschoolse-educatie", reach.get("intervention").asText());
    assertEquals(180, reach.get("eligible").asInt());
    assertEquals("79", reach.get("percent").asText());
  }

  @Test
  void anEligiblePopulationThatWouldRevealASmallGroupIsWithheld() {
    // the transition class: 22 of 30 would show that 8 eligible children were not reached
    String text = text(summary);
    assertTrue(text.contains("(schakelklas): 22 children reached, eligible population withheld (fewer than 10 not reached)"),
        text);
    assertFalse(text.contains("of 30 eligible"), text);
    JsonNode reach = SummaryJson.of(summary).get("eligibleReach").get(1);
    assertTrue(reach.get("withheld").asBoolean());
    assertFalse(reach.has("eligible"));
    assertFalse(reach.has("percent"));
  }

  @Test
  void aProgrammeWithoutYearsOrEligiblePopulationsAddsNoLines() {
    Programme plain = Programme.builder().from(programme).grants(List.of())
        .interventions(programme.interventions().stream()
            .map(i -> Intervention.builder().from(i).eligiblePopulation(java.util.Optional.<Reach>empty()).build()).toList())
        .build();
    StringBuilder lines = new StringBuilder();
    OabSummary.text(LinkedDisclosure.summary(plain, 10), dev.kansen.cli.text.Texts.of(java.util.Locale.ENGLISH), l -> lines.append(l).append('\n'));
    assertEquals("", lines.toString());
    assertEquals(Reach.of(142, ReachUnit.CHILDREN), plain.interventions().get(0).actualReach().orElseThrow());
  }

  private static String text(ProgrammeSummary summary) {
    StringBuilder text = new StringBuilder();
    SummaryText.write(summary, line -> text.append(line).append('\n'));
    return text.toString();
  }
}
