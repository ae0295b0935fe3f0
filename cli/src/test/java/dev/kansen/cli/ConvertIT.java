package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.json.KansenJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kansen convert} and {@code kansen schema}. */
class ConvertIT {
  @TempDir
  Path dir;

  @Test
  void prettyIsTheCanonicalForm() throws IOException {
    Kansen.Run run = Kansen.run("convert", ProgrammeFiles.valid(dir).toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(KansenJson.strict().write(Fixture.programme()), run.out());
  }

  @Test
  void compactIsOneLine() throws IOException {
    Kansen.Run run = Kansen.run("convert", "--compact", ProgrammeFiles.valid(dir).toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(KansenJson.strict().writeCompact(Fixture.programme()) + "\n", run.out());
  }

  @Test
  void jsonLinesHasOneProgrammePerLine() throws IOException {
    Path file = ProgrammeFiles.valid(dir);
    byte[] stdin = Files.readAllBytes(file);
    Kansen.Run run = Kansen.runWithInput(stdin, "convert", "--jsonl", file.toString(), "-");
    assertEquals(0, run.exitCode(), run::toString);
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size(), run::toString);
    for (String line : lines) {
      assertEquals(Fixture.programme(), KansenJson.strict().read(line));
    }
  }

  @Test
  void layoutsExcludeEachOther() throws IOException {
    Kansen.Run run = Kansen.run("convert", "--pretty", "--compact", ProgrammeFiles.valid(dir).toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("mutually exclusive"), run::toString);
  }

  @Test
  void unreadableFileExitsTwoWithItsPositionOnStandardError() throws IOException {
    Path file = ProgrammeFiles.malformed(dir);
    Kansen.Run run = Kansen.run("convert", file.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("kansen convert: " + file + ":3:"), run::toString);
    assertEquals("", run.out());
  }

  @Test
  void schemaIsTheShippedSchema() {
    Kansen.Run run = Kansen.run("schema");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(KansenJson.schema().strip(), run.out().strip());
    assertTrue(run.out().contains("2020-12"), run::toString);
  }
}
