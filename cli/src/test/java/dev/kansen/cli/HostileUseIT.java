package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.json.KansenJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command used the way a hurried or hostile user does: the output named as the input, JSON
 * Lines given to {@code report}, dates and numbers out of range, options repeated, a file where a
 * directory belongs. Each ends in exit 2 with one clear line in the user's language, or works.
 */
class HostileUseIT {
  @TempDir
  Path dir;

  @Test
  void aReportWrittenOverItsOwnInputIsRefusedAndTheProgrammeIsKept() throws IOException {
    Path input = ProgrammeFiles.valid(dir);
    byte[] before = Files.readAllBytes(input);

    Kansen.Run run = Kansen.run("report", input.toString(), "-o", input.toString());

    assertEquals(2, run.exitCode(), run::toString);
    assertEquals("kansen report: " + input + ": is one of the input files; give another file to write, so that the"
        + " programme is not replaced", run.err().strip(), run::toString);
    assertArrayEquals(before, Files.readAllBytes(input), "the programme is not replaced by the report");
  }

  @Test
  void aReportWrittenOverItsInputByAnotherNameIsRefusedToo() throws IOException {
    Path input = ProgrammeFiles.valid(dir);
    byte[] before = Files.readAllBytes(input);
    Path sameFile = dir.resolve(".").resolve(input.getFileName());

    Kansen.Run run = Kansen.runIn("nl", "report", input.toString(), "-o", sameFile.toString());

    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("is een van de invoerbestanden"), run::toString);
    assertArrayEquals(before, Files.readAllBytes(input));
  }

  @Test
  void reportReadsAJsonLinesFileAsOneProgrammePerLine() throws IOException {
    Path lines = dir.resolve("two.jsonl");
    String line = KansenJson.strict().writeCompact(Fixture.programme());
    Files.writeString(lines, line + "\n" + line + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("report.html");

    Kansen.Run run = Kansen.run("report", lines.toString(), "-o", out.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(2, run.err().lines().filter(l -> l.startsWith("kansen report: wrote ")).count(), run::toString);
    assertTrue(Files.readString(out).contains(Fixture.programme().title()));
  }

  @Test
  void reportHonoursLinesForAFileOfAnotherName() throws IOException {
    Path lines = dir.resolve("export.txt");
    Files.writeString(lines, KansenJson.strict().writeCompact(Fixture.programme()) + "\n\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("report.html");

    Kansen.Run run = Kansen.run("report", "--lines", lines.toString(), "-o", out.toString());

    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(Files.isRegularFile(out), run::toString);
  }

  @Test
  void anAsOfDateWithAYearOfMoreThanFourDigitsIsAUsageErrorNotAFailedRule() throws IOException {
    Path input = ProgrammeFiles.valid(dir);

    for (String date : new String[] {"+999999999-12-31", "-999999999-01-01", "+10000-01-01"}) {
      Kansen.Run run = Kansen.run("validate", "--as-of", date, input.toString());

      assertEquals(2, run.exitCode(), run::toString);
      assertFalse(run.out().contains("RULE_FAILED"), run::toString);
      assertTrue(run.err().startsWith("kansen validate: Invalid value for option '--as-of': expected a date such as"
          + " 2024-07-31, but was \"" + date + "\""), run::toString);
    }
  }

  @Test
  void aThresholdTooLargeForANumberSaysSoInWordsInBothLanguages() throws IOException {
    Path input = ProgrammeFiles.valid(dir);

    Kansen.Run en = Kansen.run("validate", "--small-cell-threshold", "99999999999", input.toString());
    Kansen.Run nl = Kansen.runIn("nl", "validate", "--small-cell-threshold", "99999999999", input.toString());

    assertEquals(2, en.exitCode(), en::toString);
    assertEquals("kansen validate: Invalid value for option '--small-cell-threshold': expected a whole number, but was"
        + " \"99999999999\"", en.err().lines().findFirst().orElseThrow(), en::toString);
    assertEquals(2, nl.exitCode(), nl::toString);
    assertEquals("kansen validate: Ongeldige waarde voor optie '--small-cell-threshold': verwacht een geheel getal,"
        + " maar kreeg \"99999999999\"", nl.err().lines().findFirst().orElseThrow(), nl::toString);
  }

  @Test
  void aLayoutGivenTwiceSaysToGiveOneOnceInBothLanguages() throws IOException {
    Path input = ProgrammeFiles.valid(dir);

    Kansen.Run en = Kansen.run("convert", "--jsonl", "--jsonl", input.toString());
    Kansen.Run nl = Kansen.runIn("nl", "convert", "--jsonl", "--jsonl", input.toString());

    assertEquals(2, en.exitCode(), en::toString);
    assertEquals("kansen convert: give only one of --pretty, --compact, --jsonl, and only once",
        en.err().lines().findFirst().orElseThrow(), en::toString);
    assertEquals(2, nl.exitCode(), nl::toString);
    assertEquals("kansen convert: geef maar één van --pretty, --compact, --jsonl, en maar één keer",
        nl.err().lines().findFirst().orElseThrow(), nl::toString);
  }

  @Test
  void demoIntoAFileSaysThatNoDirectoryIsThereWithoutNamingAnException() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "x");

    Kansen.Run run = Kansen.run("demo", "--out", file.toString());

    assertEquals(2, run.exitCode(), run::toString);
    assertEquals("kansen demo: " + file + ": cannot be made as a directory: something other than a directory is there",
        run.err().strip(), run::toString);
  }
}
