package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kansen.json.KansenJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kansen summary}, {@code kansen report} and {@code kansen demo}. */
class ReportIT {
  @TempDir
  Path dir;

  @Test
  void summaryTextNamesTheParts() throws IOException {
    Kansen.Run run = Kansen.run("summary", ProgrammeFiles.valid(dir).toString());
    assertEquals(0, run.exitCode(), run::toString);
    for (String part : List.of("Partners: 3", "Interventions: 2", "Funding by funder", "Indicators")) {
      assertTrue(run.out().contains(part), part + " in " + run);
    }
  }

  @Test
  void summaryJsonParses() throws IOException {
    Kansen.Run run = Kansen.run("summary", "--format", "json", ProgrammeFiles.valid(dir).toString());
    assertEquals(0, run.exitCode(), run::toString);
    JsonNode json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(run.out());
    assertEquals("fixture", json.at("/programme/id").asText());
    assertEquals(0, new BigDecimal("20000").compareTo(new BigDecimal(json.at("/funding/0/unallocated").textValue())));
    assertTrue(run.out().contains("\"unallocated\" : \"20000.00\""), "exact amounts, as money is written: " + run);
    assertEquals(50, json.at("/indicators/0/progressPercent").asInt());
  }

  @Test
  void reportIsWrittenAndEscaped() throws IOException {
    Path out = dir.resolve("report.html");
    Kansen.Run run = Kansen.run("report", "--as-of", "2022-03-01", ProgrammeFiles.valid(dir).toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    String html = Files.readString(out);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertFalse(html.contains(Fixture.HOSTILE_NAME));
    assertTrue(run.out().isEmpty(), run::toString);
  }

  @Test
  void reportIntoMissingDirectoryIsOneLine() throws IOException {
    Path out = dir.resolve("no/such/dir/report.html");
    Kansen.Run run = Kansen.run("report", ProgrammeFiles.valid(dir).toString(), "-o", out.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().contains("does not exist"), run::toString);
  }

  @Test
  void reportNeedsAnOutput() throws IOException {
    Kansen.Run run = Kansen.run("report", ProgrammeFiles.valid(dir).toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().contains("--output"), run::toString);
  }

  @Test
  void demoWritesTheSeedsTheIllustrativeProgrammeAndTheReport() throws IOException {
    Path out = dir.resolve("demo");
    Kansen.Run run = Kansen.run("demo", "--out", out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    try (var files = Files.list(out)) {
      List<String> json = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json")).sorted().toList();
      assertEquals(List.of("illustratief-oab-voorbeeldstad.json", "illustratief-voorbeeldstad.json", "limburg-2018.json",
              "s-hertogenbosch-2021.json", "voorbeeldstad-wijkaanpak-fictief.json"),
          json, run::toString);
      for (String file : json) {
        KansenJson.strict().read(out.resolve(file));
        assertTrue(run.out().contains(out.resolve(file).toString()), run::toString);
      }
    }
    assertFalse(run.out().contains("NOT valid"), run::toString);
    String html = Files.readString(out.resolve("report.html"));
    for (String section : List.of("partners", "interventions", "funding", "indicators", "equity", "findings")) {
      for (int p = 1; p <= 4; p++) {
        assertTrue(html.contains("id=\"p" + p + "-" + section + "\""), "p" + p + "-" + section);
      }
    }
    assertTrue(html.contains("id=\"p4-reach\""), "the illustrative OAB programme's reach and participation");
    assertTrue(html.contains("id=\"p5-"), "the illustrative neighbourhood programme");
    assertFalse(html.contains("id=\"p6-"), "five programmes only");
  }

  @Test
  void demosHelpCountsTheFiveProgrammesItWritesInEnglishAndDutch() {
    String english = Kansen.run("demo", "--help").out().replaceAll("\\s+", " ");
    assertTrue(english.contains("Write the two seed programmes, three illustrative programmes and their report"), english);
    assertTrue(english.contains("Validates the five programmes"), english);
    assertFalse(english.contains("one illustrative programme"), english);
    String dutch = Kansen.run("--lang", "nl", "demo", "--help").out().replaceAll("\\s+", " ");
    assertTrue(dutch.contains("Schrijf de twee voorbeeldprogramma's, drie illustratieve programma's en hun rapport"), dutch);
    assertTrue(dutch.contains("Controleert de vijf programma's"), dutch);
    assertFalse(dutch.contains("één illustratief programma"), dutch);
  }

  @Test
  void theDemoReportShowsIndicatorChartsAndASuppressedEquityCellOfTheIllustrativeProgramme() throws IOException {
    Path out = dir.resolve("demo");
    Kansen.Run run = Kansen.run("demo", "--out", out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    String html = Files.readString(out.resolve("report.html"));
    String illustrative = html.substring(html.indexOf("id=\"p3\""));
    assertTrue(illustrative.contains("Illustratief voorbeeld"), "the third programme is the illustrative one");
    String indicators = section(illustrative, "p3-indicators");
    assertEquals(3, count(indicators, "class=\"chart indicator\""), "one chart per quantitative indicator");
    String equity = section(illustrative, "p3-equity");
    assertEquals(3, count(equity, "class=\"chart equity-chart\""), "one chart per indicator with breakdowns");
    assertTrue(equity.contains("<span class=\"suppressed\">suppressed</span>"), "a suppressed cell in the table");
    assertTrue(equity.contains("suppressed-label"), "a suppressed cell in the chart");
    assertFalse(section(html, "p1-indicators").contains("Primary schools with a warm handover from peuteropvang"),
        "the Limburg seed records no indicator: the article gives no school year for its eight schools");
    assertTrue(html.contains("stands for 8 organisations"), "Heerlen's eight primary schools are one partner of 8");
    assertTrue(html.contains("at least 40 professionals"), "ruim 40 bestuurders");
    assertTrue(html.contains("GM0796 member by 2021-01-28"), "a membership known by the article's date");
    String qualitative = indicators.substring(indicators.indexOf("How schools weigh the test advice"));
    assertTrue(qualitative.contains("<td class=\"words\">Advice is settled before the test"),
        "a qualitative figure is text that wraps, not a number");
    assertFalse(qualitative.contains("is better"), "a qualitative indicator has no direction");
  }

  private static String section(String html, String id) {
    int start = html.indexOf("id=\"" + id + "\"");
    assertTrue(start >= 0, id);
    return html.substring(start, html.indexOf("</section>", start));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
