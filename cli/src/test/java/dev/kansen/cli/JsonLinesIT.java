package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kansen.json.KansenJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}, {@code convert} and {@code summary} read JSON Lines: what {@code convert --jsonl} writes. */
class JsonLinesIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** @return a .jsonl file written by convert --jsonl from the valid and the invalid programme */
  private Path converted() throws IOException {
    Kansen.Run run = Kansen.run("convert", "--jsonl", ProgrammeFiles.valid(dir).toString(),
        ProgrammeFiles.invalid(dir).toString());
    assertEquals(0, run.exitCode(), run::toString);
    return Files.writeString(dir.resolve("both.jsonl"), run.out());
  }

  @Test
  void validateReadsWhatConvertWritesAndLocatesFindingsByLine() throws IOException {
    Path lines = converted();
    Kansen.Run run = Kansen.run("validate", "--as-of", "2022-03-01", lines.toString());
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().lines().anyMatch(l -> l.matches(java.util.regex.Pattern.quote(lines.toString())
        + ":2:\\d+ /interventions/0/lead ERROR \\S+ .*")), "the second line's finding, its path in that line's programme: " + run);
    assertFalse(run.out().contains(lines + ":1:"), "the first line is valid: " + run);
    assertTrue(run.err().contains(lines + ": not valid"), run::toString);
  }

  @Test
  void validateReportsABrokenLineAndGoesOnWithTheNext() throws IOException {
    String valid = KansenJson.strict().writeCompact(Fixture.programme());
    Path lines = Files.writeString(dir.resolve("broken.jsonl"), valid + "\n\n{\"id\": \n" + valid + "\n");
    Kansen.Run run = Kansen.run("validate", "--as-of", "2022-03-01", "--format", "json", lines.toString());
    assertEquals(2, run.exitCode(), run::toString);
    JsonNode violations = JSON.readTree(run.out()).at("/files/0/violations");
    assertEquals(3, violations.get(0).get("line").asInt(), run::toString);
    assertEquals("ERROR", violations.get(0).get("severity").asText(), run::toString);
  }

  @Test
  void standardInputIsJsonLinesWithTheLinesOption() throws IOException {
    byte[] lines = Files.readAllBytes(converted());
    Kansen.Run run = Kansen.runWithInput(lines, "validate", "--lines", "--as-of", "2022-03-01", "-");
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().contains("<stdin>:2:"), run::toString);
  }

  @Test
  void convertReadsJsonLinesBackIntoTheSameProgrammes() throws IOException {
    Path lines = converted();
    Kansen.Run run = Kansen.run("convert", "--jsonl", lines.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(Files.readString(lines), run.out());
    List<String> out = run.out().lines().toList();
    assertEquals(Fixture.programme(), KansenJson.strict().read(out.get(0)));
  }

  @Test
  void summaryOfJsonLinesIsOneSummaryPerProgramme() throws IOException {
    Path lines = converted();
    Kansen.Run text = Kansen.run("summary", lines.toString());
    assertEquals(0, text.exitCode(), text::toString);
    assertEquals(2, text.out().lines().filter(l -> l.startsWith("Fixture programme (fixture)")).count(), text::toString);

    Kansen.Run json = Kansen.run("summary", "--format", "json", lines.toString());
    assertEquals(0, json.exitCode(), json::toString);
    List<String> summaries = json.out().lines().toList();
    assertEquals(2, summaries.size(), json::toString);
    for (String summary : summaries) {
      assertEquals("fixture", JSON.readTree(summary).at("/programme/id").asText());
    }
  }

  @Test
  void summaryJsonWritesMoneyAsExactDecimalStrings() throws IOException {
    Kansen.Run run = Kansen.run("summary", "--format", "json", ProgrammeFiles.valid(dir).toString());
    assertEquals(0, run.exitCode(), run::toString);
    JsonNode funder = JSON.readTree(run.out().getBytes(StandardCharsets.UTF_8)).at("/funding/0");
    assertTrue(funder.get("granted").isTextual(), funder::toString);
    assertEquals("50000.00", funder.get("granted").textValue());
    assertEquals("30000.00", funder.get("allocated").textValue());
    assertEquals("20000.00", funder.get("unallocated").textValue());
  }
}
