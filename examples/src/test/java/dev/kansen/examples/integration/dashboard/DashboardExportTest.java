package dev.kansen.examples.integration.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.examples.integration.Fixtures;
import dev.kansen.json.KansenJson;
import dev.kansen.model.Programme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardExportTest {
  @TempDir
  Path dir;

  private Path write(String name, Programme programme) throws IOException {
    return Files.writeString(dir.resolve(name), KansenJson.strict().write(programme));
  }

  private List<String> fileNames() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesOneJsonLinePerProgrammeAndOneCsvRowPerIntervention() throws Exception {
    Path first = write("first.json", Fixtures.bossche());
    Path second = write("second.json", Programme.builder().from(InterventionCsvTest.withInterventions()).id("gka-tweede").build());
    Path jsonl = dir.resolve("programmes.jsonl");
    Path csv = dir.resolve("interventions.csv");

    DashboardExport.Summary summary = DashboardExport.of(CsvDialect.RFC_4180).export(List.of(first, second), jsonl, csv);

    assertEquals(new DashboardExport.Summary(2, 2), summary);
    List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    assertEquals(Fixtures.bossche(), KansenJson.strict().read(lines.get(0)));
    assertEquals(KansenJson.strict().read(Files.readString(second)), KansenJson.strict().read(lines.get(1)));
    List<String> csvLines = List.of(Files.readString(csv, StandardCharsets.UTF_8).split("\r\n"));
    assertEquals("\uFEFF" + String.join(",", InterventionCsv.COLUMNS), csvLines.get(0));
    assertEquals(3, csvLines.size());
    assertTrue(csvLines.get(1).startsWith("gka-tweede,"), csvLines.get(1));
  }

  @Test
  void aBadInputFailsTheWholeExportNamingTheFileAndLeavesTheOutputsAsTheyWere() throws Exception {
    Path good = write("good.json", Fixtures.bossche());
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"id\": \"half a programme\"");
    Path jsonl = Files.writeString(dir.resolve("programmes.jsonl"), "previous export\n");
    Path csv = dir.resolve("interventions.csv");

    ExportException e = assertThrows(ExportException.class,
        () -> DashboardExport.of(CsvDialect.RFC_4180).export(List.of(good, bad), jsonl, csv));

    assertTrue(e.getMessage().startsWith(bad + ": not a programme document: "), e.getMessage());
    assertEquals("previous export\n", Files.readString(jsonl));
    assertEquals(List.of("bad.json", "good.json", "programmes.jsonl"), fileNames(), "no CSV and no temporary file");
  }

  @Test
  void aMissingInputFailsNamingTheFile() {
    Path missing = dir.resolve("missing.json");

    ExportException e = assertThrows(ExportException.class, () -> DashboardExport.of(CsvDialect.RFC_4180)
        .export(List.of(missing), dir.resolve("a.jsonl"), dir.resolve("a.csv")));

    assertTrue(e.getMessage().startsWith(missing + ": cannot be read: "), e.getMessage());
  }

  @Test
  void twoFilesWithTheSameProgrammeIdAreRefused() throws Exception {
    Path first = write("first.json", Fixtures.bossche());
    Path copy = write("copy.json", Fixtures.bossche());

    ExportException e = assertThrows(ExportException.class, () -> DashboardExport.of(CsvDialect.RFC_4180)
        .export(List.of(first, copy), dir.resolve("a.jsonl"), dir.resolve("a.csv")));

    assertEquals(copy + ": programme id gka-bossche-test is also the id of " + first + "; a dashboard would count it twice",
        e.getMessage());
  }

  @Test
  void anUnwritableOutputFailsAndLeavesNoTemporaryFiles() throws Exception {
    Path input = write("in.json", Fixtures.bossche());
    Path jsonl = dir.resolve("programmes.jsonl");
    Path csv = dir.resolve("no-such-directory").resolve("interventions.csv");

    ExportException e = assertThrows(ExportException.class,
        () -> DashboardExport.of(CsvDialect.RFC_4180).export(List.of(input), jsonl, csv));

    assertTrue(e.getMessage().startsWith(csv + ": cannot be written: "), e.getMessage());
    assertEquals(List.of("in.json"), fileNames());
  }

  @Test
  void theExampleExportsTheShippedSampleProgrammes() throws Exception {
    Path jsonl = dir.resolve("programmes.jsonl");
    Path csv = dir.resolve("interventions.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = DashboardExportExample.run(new String[] {jsonl.toString(), csv.toString(), "--excel-nl",
        Fixtures.resourcePath("programme-bossche-ILLUSTRATIVE.json").toString(),
        Fixtures.resourcePath("programme-venray-ILLUSTRATIVE.json").toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertEquals(2, Files.readAllLines(jsonl).size());
    assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains(";50000,00\r\n"), Files.readString(csv));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("wrote 2 programme(s) to " + jsonl), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theExampleReportsABadFileAndExitsWithStatusOne() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "not json");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = DashboardExportExample.run(new String[] {dir.resolve("a.jsonl").toString(), dir.resolve("a.csv").toString(),
        bad.toString()}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(1, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: " + bad + ": not a programme document: "),
        err.toString(StandardCharsets.UTF_8));
    assertEquals(List.of("bad.json"), fileNames());
  }

  @Test
  void theExampleExplainsItsUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = DashboardExportExample.run(new String[] {"only.jsonl"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(2, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: DashboardExportExample"));
  }
}
