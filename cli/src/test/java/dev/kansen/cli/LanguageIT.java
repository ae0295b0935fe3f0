package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kansen.json.KansenJson;
import dev.kansen.seeds.illustrative.IllustrativeProgramme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command in Dutch and English, run as a process: {@code --lang} chooses, else the locale;
 * validate, summary, report, demo, the help and usage errors speak the language, and JSON stays
 * language-neutral unless {@code --lang} asks for localized texts too.
 */
class LanguageIT {
  @TempDir
  Path dir;

  @Test
  void helpIsDutchWithLangNlAndEnglishWithLangEn() {
    Kansen.Run dutch = Kansen.run("--lang", "nl", "--help");
    assertEquals(0, dutch.exitCode(), dutch::toString);
    assertTrue(dutch.out().startsWith("Gebruik: kansen"), dutch::toString);
    assertTrue(dutch.out().contains("Afsluitcodes:") && dutch.out().contains("Controleer programmabestanden"), dutch::toString);
    assertFalse(dutch.out().contains("Exit codes"), dutch::toString);
    Kansen.Run english = Kansen.runIn("nl", "--lang", "en", "report", "--help");
    assertTrue(english.out().startsWith("Usage: kansen report"), english::toString);
  }

  @Test
  void withoutLangADutchLocaleChoosesDutchAndAnyOtherEnglish() {
    assertTrue(Kansen.runIn("nl", "summary", "--help").out().startsWith("Gebruik: kansen summary"));
    assertTrue(Kansen.runIn("de", "summary", "--help").out().startsWith("Usage: kansen summary"));
    assertTrue(Kansen.runIn("en", "summary", "--help").out().startsWith("Usage: kansen summary"));
  }

  @Test
  void usageErrorsAreDutch() {
    Kansen.Run unknown = Kansen.run("--lang", "nl", "validate", "--frobnicate", "x.json");
    assertEquals(2, unknown.exitCode(), unknown::toString);
    assertTrue(unknown.err().contains("kansen validate: Onbekende optie: '--frobnicate'"), unknown::toString);
    assertTrue(unknown.err().contains("Probeer 'kansen validate --help' voor meer informatie."), unknown::toString);
    Kansen.Run missing = Kansen.run("--lang", "nl", "report", "x.json");
    assertTrue(missing.err().contains("Verplichte optie ontbreekt: '--output=OUT.html'"), missing::toString);
    Kansen.Run date = Kansen.run("--lang", "nl", "validate", "--as-of", "morgen", "x.json");
    assertTrue(date.err().contains("Ongeldige waarde voor optie '--as-of': verwacht een datum zoals 2024-07-31, maar kreeg \"morgen\""),
        date::toString);
    Kansen.Run format = Kansen.run("--lang", "nl", "summary", "--format", "xml", "x.json");
    assertTrue(format.err().contains("verwacht een van [text, json], maar kreeg 'xml'"), format::toString);
    Kansen.Run threshold = Kansen.run("--lang", "nl", "summary", "--small-cell-threshold", "0", "x.json");
    assertTrue(threshold.err().contains("--small-cell-threshold moet minstens 1 leerling zijn, maar was 0"), threshold::toString);
    Kansen.Run none = Kansen.run("--lang", "nl");
    assertTrue(none.err().contains("Er ontbreekt een opdracht"), none::toString);
  }

  @Test
  void validateInDutchNamesSeverityCountsAndLocationInDutch() throws IOException {
    Path file = ProgrammeFiles.invalid(dir);
    Kansen.Run run = Kansen.run("validate", "--lang", "nl", "--as-of", "2022-03-01", file.toString());
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith(file + ":") && l.contains(" /interventions/0/lead FOUT ")
        && l.endsWith(" [interventie 1, Summer school]")), run::toString);
    assertTrue(run.err().contains(file + ": niet geldig, 1 fout, 0 waarschuwingen, 0 meldingen"), run::toString);
    assertTrue(run.err().contains("  FOUT UNRESOLVED_PARTNER_REFERENCE"), run::toString);
    Kansen.Run english = Kansen.run("validate", "--as-of", "2022-03-01", file.toString());
    assertTrue(english.out().lines().anyMatch(l -> l.contains(" /interventions/0/lead ERROR ")
        && l.endsWith(" [intervention 1, Summer school]")), english::toString);
    assertTrue(english.err().contains(file + ": not valid, 1 error, 0 warnings, 0 info"), english::toString);
  }

  @Test
  void aFileThatCannotBeReadIsReportedInDutch() {
    Path missing = dir.resolve("ontbreekt.json");
    Kansen.Run run = Kansen.run("--lang", "nl", "validate", missing.toString(), dir.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.out().contains(missing + " / FOUT FILE_NOT_READABLE bestand bestaat niet; controleer het pad"), run::toString);
    assertTrue(run.out().contains(dir + " / FOUT FILE_NOT_READABLE is een map; geef een programmabestand in JSON"), run::toString);
    assertTrue(run.err().contains(missing + ": niet als programma te lezen, 1 fout"), run::toString);
    Kansen.Run summary = Kansen.run("--lang", "nl", "summary", missing.toString());
    assertTrue(summary.err().contains("kansen summary: " + missing + " / FOUT FILE_NOT_READABLE bestand bestaat niet"),
        summary::toString);
  }

  @Test
  void validateJsonIsTheSameInEveryLocaleAndCarriesLocalizedTextsOnlyWhenLangIsGiven() throws IOException {
    Path file = ProgrammeFiles.invalid(dir);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode byLocale = mapper.readTree(Kansen.runIn("nl", "validate", "--format", "json", "--as-of", "2022-03-01",
        file.toString()).out());
    JsonNode english = mapper.readTree(Kansen.run("validate", "--format", "json", "--as-of", "2022-03-01", file.toString()).out());
    assertEquals(english, byLocale, "a Dutch locale alone does not change the JSON");
    JsonNode violation = byLocale.at("/files/0/violations/0");
    assertEquals("ERROR", violation.get("severity").asText());
    assertFalse(violation.has("location") || violation.has("localizedMessage"), violation::toString);
    JsonNode asked = mapper.readTree(Kansen.run("validate", "--lang", "nl", "--format", "json", "--as-of", "2022-03-01",
        file.toString()).out()).at("/files/0/violations/0");
    assertEquals("interventie 1, Summer school", asked.get("location").asText(), asked::toString);
    assertTrue(asked.has("localizedMessage"), asked::toString);
    assertEquals(violation.get("message"), asked.get("message"), "message stays the English one");
  }

  @Test
  void summaryInDutchWritesDutchLabelsMoneyNumbersAndDates() throws IOException {
    Path file = Files.writeString(dir.resolve("voorbeeld.json"), KansenJson.strict().write(IllustrativeProgramme.programme()));
    Kansen.Run run = Kansen.run("--lang", "nl", "summary", file.toString());
    assertEquals(0, run.exitCode(), run::toString);
    String out = run.out();
    assertTrue(out.contains("Periode: 1 augustus 2019 tot en met 31 juli 2025"), out);
    assertTrue(out.contains("    toegekend       € 150.000,00"), out);
    assertTrue(out.contains("    nulmeting    14,4% in 2018-2019"), out);
    assertTrue(out.contains("    Warme overdracht     1"), out);
    assertTrue(out.contains("    Schoolbestuur "), out);
    assertTrue(out.contains("    In uitvoering     1"), out);
    for (String english : new String[] {"Period:", "granted", "baseline", "Warm handover", "School board", "EUR ",
        "WARM_HANDOVER", "SCHOOL_BOARD"}) {
      assertFalse(out.contains(english), english + " in " + out);
    }
    JsonNode json = new ObjectMapper().readTree(Kansen.run("--lang", "nl", "summary", "--format", "json", file.toString()).out());
    assertEquals("150000.00", json.at("/funding/0/granted").asText(), "JSON stays language-neutral");
    assertEquals(1, json.at("/interventions/byType/WARM_HANDOVER").asInt(), json::toString);
    assertEquals("2019-08-01", json.at("/programme/period/start").asText());
  }

  @Test
  void reportAndDemoInDutch() throws IOException {
    Path demo = dir.resolve("demo");
    Kansen.Run run = Kansen.run("--lang", "nl", "demo", "--as-of", "2024-03-31", "--out", demo.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("13 partners, 4 interventies, 2 subsidies, 0 indicatoren; geldig (0 fouten, 7 waarschuwingen, 11 meldingen)"),
        run::toString);
    assertTrue(run.out().contains("het rapport van de 5 programma's; open het in een browser"), run::toString);
    String html = Files.readString(demo.resolve("report.html"));
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), html.substring(0, 80));
    assertTrue(html.contains("Dit programma is niet geldig."), "banner");
    Path out = dir.resolve("rapport.html");
    Kansen.Run report = Kansen.run("report", "--lang", "nl", "-o", out.toString(), demo.resolve("limburg-2018.json").toString());
    assertEquals(0, report.exitCode(), report::toString);
    assertTrue(report.err().contains("kansen report: " + out + " geschreven (0 fouten, 7 waarschuwingen, 11 meldingen)"),
        report::toString);
    String single = Files.readString(out);
    assertTrue(single.contains("<html lang=\"nl\">") && single.contains("Bevindingen van de controle"), "Dutch report");
    assertFalse(single.contains("class=\"banner"), "a valid programme has no banner");
    Kansen.Run english = Kansen.run("report", "-o", dir.resolve("report.html").toString(), demo.resolve("limburg-2018.json").toString());
    assertTrue(Files.readString(dir.resolve("report.html")).contains("<html lang=\"en\">"), english::toString);
  }

  @Test
  void aBrokenFileIsReportedInDutchAndInEnglishAsBefore() throws IOException {
    Path broken = dir.resolve("kapot.json");
    Files.writeString(broken, "{\"formatVersion\": \"1.1\", \"id\": \"x\",\n  \"title\" \"Zomerschool\"}");
    Kansen.Run dutch = Kansen.run("--lang", "nl", "validate", broken.toString());
    assertEquals(2, dutch.exitCode(), dutch::toString);
    assertTrue(dutch.out().contains("FOUT JSON_SYNTAX Ongeldige JSON: onverwacht teken '\"'; hier hoort een dubbele punt"),
        dutch::toString);
    assertFalse(dutch.out().matches("(?s).*\\b(Malformed|Unexpected|expected|character)\\b.*"), dutch::toString);
    Kansen.Run english = Kansen.run("--lang", "en", "validate", broken.toString());
    assertTrue(english.out().contains(
        "ERROR JSON_SYNTAX Malformed JSON: Unexpected character '\"': expected a colon to separate field name and value"),
        english::toString);
    Kansen.Run missing = Kansen.run("--lang", "nl", "validate", dir.resolve("weg.json").toString());
    assertTrue(missing.out().contains("FOUT FILE_NOT_READABLE bestand bestaat niet; controleer het pad"), missing::toString);
  }

  @Test
  void standardInputTwiceIsRefusedOnceInTheCommandsLanguage() {
    Kansen.Run dutch = Kansen.run("--lang", "nl", "report", "-o", dir.resolve("r.html").toString(), "-", "-");
    assertEquals(2, dutch.exitCode(), dutch::toString);
    assertTrue(dutch.err().contains("kansen report: de standaardinvoer (-) kan maar één keer worden gelezen"), dutch::toString);
    Kansen.Run english = Kansen.run("report", "-o", dir.resolve("r.html").toString(), "-", "-");
    assertTrue(english.err().contains("kansen report: standard input (-) can be read only once"), english::toString);
    assertFalse(english.err().contains("kansen report: kansen report:"), english::toString);
  }

  @Test
  void aReportOfSeveralFilesSpeaksDutch() throws IOException {
    Path demo = dir.resolve("demo");
    assertEquals(0, Kansen.run("demo", "--as-of", "2025-10-31", "--out", demo.toString()).exitCode());
    Path out = dir.resolve("rapport.html");
    Kansen.Run report = Kansen.run("--lang", "nl", "report", "--as-of", "2025-10-31", "-o", out.toString(),
        demo.resolve("illustratief-voorbeeldstad.json").toString(), demo.resolve("illustratief-oab-voorbeeldstad.json").toString());
    assertEquals(0, report.exitCode(), report::toString);
    assertTrue(report.err().contains("kansen report: " + out + " (illustratief-oab-voorbeeldstad) geschreven ("), report::toString);
    String html = Files.readString(out);
    assertTrue(html.contains("<h2>Gemeenten vergeleken</h2>") || html.contains("<h2>Resultaten en kansengelijkheid</h2>"),
        "the equity parts in Dutch");
    assertFalse(html.contains("Outcomes and equity") || html.contains("Parents: low education"), "no English equity texts");
    Kansen.Run twice = Kansen.runWithInput(new byte[0], "--lang", "nl", "report", "-o", out.toString(), "-", "-");
    assertEquals(2, twice.exitCode(), twice::toString);
    assertTrue(twice.err().contains("kansen report: de standaardinvoer (-) kan maar één keer worden gelezen"), twice::toString);
  }
}
