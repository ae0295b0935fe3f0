package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kansen.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kansen validate}: exit codes, text and JSON output, standard input. */
class ValidateIT {
  private static final Pattern LINE = Pattern.compile("\\S+(:\\d+:\\d+)? /\\S* (ERROR|WARNING|INFO) [A-Z][A-Z0-9_]* .+");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void validFileExitsZero() throws IOException {
    Kansen.Run run = Kansen.run("validate", "--as-of", "2022-03-01", ProgrammeFiles.valid(dir).toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertFalse(run.out().contains(" ERROR "), run::toString);
    assertTrue(run.err().contains("valid.json: valid"), run::toString);
  }

  @Test
  void invalidFileExitsOneWithOneLinePerViolation() throws IOException {
    Path file = ProgrammeFiles.invalid(dir);
    Kansen.Run run = Kansen.run("validate", "--as-of", "2022-03-01", file.toString());
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().lines().allMatch(l -> LINE.matcher(l).matches()), run::toString);
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith(file + ":") && l.contains(" /interventions/0")
        && l.contains(" ERROR ")), "located and with its path: " + run);
  }

  @Test
  void errorsComeFirstAndTheVerdictCountsEverySeverityAndSaysHowToFixEachCode() throws IOException {
    Path file = ProgrammeFiles.invalid(dir);
    Kansen.Run run = Kansen.run("validate", "--as-of", "2022-03-01", file.toString());
    List<String> severities = run.out().lines().map(l -> l.split(" ")[2]).toList();
    assertEquals(severities.stream().sorted(java.util.Comparator.comparing(Severity::valueOf)).toList(), severities,
        run::toString);
    assertTrue(run.err().lines().anyMatch(l -> l.matches(Pattern.quote(file.toString())
        + ": not valid, \\d+ errors?, \\d+ warnings?, \\d+ info")), run::toString);
    assertTrue(run.err().lines().anyMatch(l -> l.startsWith("  ERROR ") && l.contains(": ")), run::toString);
  }

  @Test
  void everyFindingOfAReadableFileHasALineAndColumn() throws IOException {
    Path demo = dir.resolve("demo");
    assertEquals(0, Kansen.run("demo", "--out", demo.toString(), "--as-of", "2026-11-23").exitCode());
    Path limburg = demo.resolve("limburg-2018.json");
    Kansen.Run run = Kansen.run("validate", "--as-of", "2026-11-23", limburg.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("MISSING_PARTNER_IDENTIFIER"), run::toString);
    assertTrue(run.out().lines().allMatch(l -> l.matches(Pattern.quote(limburg.toString()) + ":\\d+:\\d+ .+")),
        "a finding about a missing value is placed at its nearest enclosing value: " + run);
  }

  @Test
  void malformedFileExitsTwoWithItsPosition() throws IOException {
    Path file = ProgrammeFiles.malformed(dir);
    Kansen.Run run = Kansen.run("validate", file.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith(file + ":3:") && l.contains(" ERROR ")), run::toString);
    assertFalse(run.err().contains("\tat "), run::toString);
  }

  @Test
  void missingFileExitsTwo() {
    Kansen.Run run = Kansen.run("validate", dir.resolve("nope.json").toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.out().contains("nope.json / ERROR FILE_NOT_READABLE no such file"), run::toString);
  }

  @Test
  void directoryExitsTwo() {
    Kansen.Run run = Kansen.run("validate", dir.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.out().contains("is a directory"), run::toString);
  }

  @Test
  void worstFileDecidesTheExitCode() throws IOException {
    Kansen.Run run = Kansen.run("validate", "--as-of", "2022-03-01", ProgrammeFiles.valid(dir).toString(),
        ProgrammeFiles.invalid(dir).toString());
    assertEquals(1, run.exitCode(), run::toString);
    assertFalse(run.err().contains("\r"), "no progress when standard error is not a terminal: " + run);
    Kansen.Run worse = Kansen.run("validate", ProgrammeFiles.invalid(dir).toString(), ProgrammeFiles.malformed(dir).toString());
    assertEquals(2, worse.exitCode(), worse::toString);
  }

  @Test
  void readsStandardInput() throws IOException {
    byte[] programme = Files.readAllBytes(ProgrammeFiles.invalid(dir));
    Kansen.Run run = Kansen.runWithInput(programme, "validate", "--as-of", "2022-03-01", "-");
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("<stdin>:")), run::toString);
  }

  @Test
  void jsonFormatListsEveryFile() throws IOException {
    Path valid = ProgrammeFiles.valid(dir);
    Path invalid = ProgrammeFiles.invalid(dir);
    Kansen.Run run = Kansen.run("validate", "--format", "json", "--as-of", "2022-03-01", valid.toString(), invalid.toString());
    assertEquals(1, run.exitCode(), run::toString);
    JsonNode files = JSON.readTree(run.out()).get("files");
    assertEquals(2, files.size(), run::toString);
    assertEquals(valid.toString(), files.get(0).get("file").asText());
    assertTrue(files.get(0).get("valid").asBoolean());
    assertFalse(files.get(1).get("valid").asBoolean());
    JsonNode violation = files.get(1).get("violations").get(0);
    for (String field : new String[] {"code", "severity", "path", "message"}) {
      assertTrue(violation.hasNonNull(field), field + " in " + violation);
    }
    assertTrue(files.get(1).get("violations").findValuesAsText("severity").contains("ERROR"), run::toString);
  }

  @Test
  void jsonFormatReportsUnreadableFiles() throws IOException {
    Kansen.Run run = Kansen.run("validate", "--format", "json", ProgrammeFiles.malformed(dir).toString());
    assertEquals(2, run.exitCode(), run::toString);
    JsonNode file = JSON.readTree(run.out()).get("files").get(0);
    assertFalse(file.get("valid").asBoolean());
    assertEquals("ERROR", file.at("/violations/0/severity").asText());
    assertEquals(3, file.at("/violations/0/line").asInt(), run::toString);
  }

  @Test
  void unknownPropertyIsAnErrorUnlessLenient() throws IOException {
    String text = Files.readString(ProgrammeFiles.valid(dir)).replaceFirst("\\{", "{\n  \"futureProperty\": 1,");
    Path file = Files.writeString(dir.resolve("future.json"), text);
    assertEquals(2, Kansen.run("validate", "--as-of", "2022-03-01", file.toString()).exitCode());
    Kansen.Run lenient = Kansen.run("validate", "--lenient", "--as-of", "2022-03-01", file.toString());
    assertEquals(0, lenient.exitCode(), lenient::toString);
  }
}
