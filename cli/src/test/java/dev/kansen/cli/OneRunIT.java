package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kansen.json.KansenJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 12: one problem does not hide the others. A file with an inverted period, an
 * allocation above its grant and an unknown lead gets all three findings in one run.
 */
class OneRunIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** The fixture with the issue's three problems, each in a different entity. */
  static ObjectNode threeProblems() throws IOException {
    ObjectNode doc = (ObjectNode) JSON.readTree(KansenJson.strict().write(Fixture.programme()));
    ObjectNode planned = (ObjectNode) doc.at("/interventions/1/planned");
    String start = planned.get("start").asText();
    planned.put("start", planned.get("end").asText()).put("end", start);
    ((ObjectNode) doc.at("/interventions/0")).put("lead", "nobody");
    ((ObjectNode) doc.at("/grants/0/allocations/0/amount")).put("amount", "60000.00");
    return doc;
  }

  @Test
  void theIssuesFileGetsAllThreeFindingsInOneRunAndExitsTwo() throws IOException {
    Path file = Files.writeString(dir.resolve("three.json"), JSON.writeValueAsString(threeProblems()));
    Kansen.Run run = Kansen.run("validate", "--as-of", "2022-03-01", file.toString());
    assertEquals(2, run.exitCode(), run::toString);
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.stream().anyMatch(l -> l.contains(" /interventions/1/planned/end ERROR DATE_RANGE_INVERTED ")), run::toString);
    assertTrue(lines.stream().anyMatch(l -> l.contains(" /interventions/0/lead ERROR UNRESOLVED_PARTNER_REFERENCE ")), run::toString);
    assertTrue(lines.stream().anyMatch(l -> l.contains(" /grants/0/allocations/0/amount ERROR ALLOCATIONS_EXCEED_GRANT ")), run::toString);
    assertTrue(lines.stream().allMatch(l -> l.matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+ .+")),
        "every finding is placed in the file: " + run);
    assertFalse(run.err().contains("\tat "), run::toString);
  }

  @Test
  void aReferenceToTheLeftOutInterventionIsNotReportedAsUnresolvedButAsNotChecked() throws IOException {
    Path file = Files.writeString(dir.resolve("three.json"), JSON.writeValueAsString(threeProblems()));
    Kansen.Run run = Kansen.run("validate", "--as-of", "2022-03-01", file.toString());
    // the indicator names the intervention whose period is unusable
    assertFalse(run.out().contains(" ERROR UNRESOLVED_INTERVENTION_REFERENCE "), run::toString);
    assertTrue(run.out().lines().anyMatch(l -> l.contains(" INFO RULE_NOT_CHECKED ")
        && l.contains("UNRESOLVED_INTERVENTION_REFERENCE") && l.contains("/interventions/1")), run::toString);
  }

  @Test
  void jsonOutputListsTheSameFindings() throws IOException {
    Path file = Files.writeString(dir.resolve("three.json"), JSON.writeValueAsString(threeProblems()));
    Kansen.Run run = Kansen.run("validate", "--format", "json", "--as-of", "2022-03-01", file.toString());
    assertEquals(2, run.exitCode(), run::toString);
    JsonNode violations = JSON.readTree(run.out()).at("/files/0/violations");
    List<String> found = new ArrayList<>();
    violations.forEach(v -> found.add(v.get("path").asText() + " " + v.get("code").asText()));
    assertTrue(found.containsAll(List.of("/interventions/1/planned/end DATE_RANGE_INVERTED",
        "/interventions/0/lead UNRESOLVED_PARTNER_REFERENCE",
        "/grants/0/allocations/0/amount ALLOCATIONS_EXCEED_GRANT")), found::toString);
    assertEquals(found.size(), found.stream().distinct().count(), "no finding twice: " + found);
  }

  @Test
  void aJsonLinesFileGetsEveryFindingOfEachLineOnItsLine() throws IOException {
    String valid = KansenJson.strict().writeCompact(Fixture.programme());
    Path file = Files.writeString(dir.resolve("two.jsonl"),
        valid + "\n" + JSON.writeValueAsString(threeProblems()) + "\n", StandardCharsets.UTF_8);
    Kansen.Run run = Kansen.run("validate", "--as-of", "2022-03-01", file.toString());
    assertEquals(2, run.exitCode(), run::toString);
    for (String expected : List.of(" /interventions/1/planned/end ERROR DATE_RANGE_INVERTED ",
        " /interventions/0/lead ERROR UNRESOLVED_PARTNER_REFERENCE ",
        " /grants/0/allocations/0/amount ERROR ALLOCATIONS_EXCEED_GRANT ")) {
      assertTrue(run.out().lines().anyMatch(l -> l.startsWith(file + ":2:") && l.contains(expected)),
          expected + " on line 2: " + run);
    }
  }
}
