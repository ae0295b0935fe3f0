package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kansen.json.KansenJson;
import dev.kansen.model.Breakdown;
import dev.kansen.model.Observation;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of issue 13, as files that {@code kansen validate} calls valid, through {@code kansen
 * summary --format json} and {@code kansen report}: what the per-dimension rule let through is now
 * withheld, and the summary lists every published and withheld figure and cell for audit.
 */
class DisclosureIT {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  @TempDir
  Path dir;

  private static Breakdown cell(String dimension, String category, String value, int pupils) {
    Breakdown.Builder b = Breakdown.builder().dimension(dimension).category(category).pupils(pupils);
    if (value != null) {
      b.value(new BigDecimal(value));
    }
    return b.build();
  }

  private Path write(String name, Programme programme) throws IOException {
    Path file = dir.resolve(name + ".json");
    Files.writeString(file, KansenJson.strict().write(programme));
    Kansen.Run validate = Kansen.run("validate", file.toString());
    assertEquals(0, validate.exitCode(), validate::toString);
    return file;
  }

  private static JsonNode actualCells(Path file) throws IOException {
    Kansen.Run run = Kansen.run("summary", "--format", "json", file.toString());
    assertEquals(0, run.exitCode(), run::toString);
    JsonNode figures = JSON.readTree(run.out()).at("/indicators/0/figures");
    for (JsonNode figure : figures) {
      if (figure.get("figure").asText().equals("actual")) {
        return figure;
      }
    }
    throw new AssertionError("no actual in " + run.out());
  }

  private static JsonNode cell(JsonNode figure, String category) {
    for (JsonNode c : figure.get("breakdowns")) {
      if (c.get("category").asText().equals(category)) {
        return c;
      }
    }
    throw new AssertionError(category + " not listed in " + figure);
  }

  private String report(Path file) throws IOException {
    Path out = dir.resolve(file.getFileName() + ".html");
    Kansen.Run run = Kansen.run("report", "--as-of", "2022-08-01", file.toString(), "-o", out.toString());
    assertEquals(0, run.exitCode(), run::toString);
    return Files.readString(out);
  }

  @Test
  void aSchoolWithinItsBoardIsNotGivenAwayByTheBoardAndTheOtherSchool() throws IOException {
    Programme base = Fixture.programme();
    List<Partner> partners = new ArrayList<>(base.partners());
    partners.add(Partner.builder().id("board1").name("Board 1").type(OrganisationType.SCHOOL_BOARD)
        .addRoles(PartnerRole.EXTENDING).build());
    for (String school : List.of("A", "B")) {
      partners.add(Partner.builder().id(school).name("School " + school).type(OrganisationType.PRIMARY_SCHOOL)
          .partOf("board1").addRoles(PartnerRole.EXTENDING).build());
    }
    Observation actual = Observation.builder().value(new BigDecimal("21.93")).pupils(114)
        .addBreakdowns(cell("school", "A", null, 4), cell("school", "B", "20", 30), cell("school", "C", "20", 20),
            cell("school", "D", "20", 60), cell("board", "board1", "26.47", 34), cell("board", "other", "20", 80))
        .build();
    Programme nested = Programme.builder().from(Fixture.withActual(actual)).partners(partners).build();
    Path file = write("nested", nested);
    JsonNode figure = actualCells(file);
    assertTrue(cell(figure, "A").path("withheld").asBoolean(), figure::toString);
    assertEquals("SMALL_CELL", cell(figure, "A").get("reason").asText());
    assertTrue(cell(figure, "B").path("withheld").asBoolean() || cell(figure, "board1").path("withheld").asBoolean(),
        "board1 and B are not both published: " + figure);
    String html = report(file);
    assertFalse(html.contains("26.47%") && html.contains("(n = 30)"), "the report shows board1 and B together");
  }

  @Test
  void smallCellsThatAreAllZeroAreNotGivenAwayByTheOtherCellAndTheTotal() throws IOException {
    Observation actual = Observation.builder().value(new BigDecimal("10")).pupils(100)
        .addBreakdowns(cell(Breakdown.PARENTAL_EDUCATION, "low", null, 4),
            cell(Breakdown.PARENTAL_EDUCATION, "middle", null, 6),
            cell(Breakdown.PARENTAL_EDUCATION, "high", "11.11", 90))
        .build();
    Path file = write("zeros", Fixture.withActual(actual));
    JsonNode figure = actualCells(file);
    assertEquals(0, new BigDecimal("10").compareTo(figure.get("value").decimalValue()), figure::toString);
    assertEquals("PROTECTION_LEVEL", cell(figure, "high").get("reason").asText(), figure::toString);
    assertFalse(report(file).contains("11.11%"), "the report withholds high as the summary does");
  }

  @Test
  void aTotalWithoutACountWhoseCellsStateTooFewPupilsIsWithheld() throws IOException {
    Observation actual = Observation.builder().value(new BigDecimal("42.9"))
        .addBreakdowns(cell(Breakdown.PARENTAL_EDUCATION, "low", null, 3),
            cell(Breakdown.PARENTAL_EDUCATION, "high", null, 4))
        .build();
    Path file = write("uncounted", Fixture.withActual(actual));
    Kansen.Run validate = Kansen.run("validate", file.toString());
    assertTrue(validate.out().contains("FIGURE_WITHOUT_PUPILS"), validate::toString);
    JsonNode figure = actualCells(file);
    assertTrue(figure.path("withheld").asBoolean(), figure::toString);
    assertEquals("UNKNOWN_PUPILS", figure.get("reason").asText());
    assertFalse(figure.has("value"), figure::toString);
    Kansen.Run text = Kansen.run("summary", file.toString());
    assertFalse(text.out().contains("42.9"), text::toString);
    assertFalse(report(file).contains("42.9"), "the report withholds the total");
  }

  @Test
  void aBreakdownMismatchStatesNoCountsInValidateOrTheReport() throws IOException {
    Observation actual = Observation.builder().value(new BigDecimal("20")).pupils(30)
        .addBreakdowns(cell(Breakdown.PARENTAL_EDUCATION, "low", "25", 12),
            cell(Breakdown.PARENTAL_EDUCATION, "high", null, 5))
        .build();
    Path file = dir.resolve("mismatch.json");
    Files.writeString(file, KansenJson.strict().write(Fixture.withActual(actual)));
    Kansen.Run validate = Kansen.run("validate", file.toString());
    assertTrue(validate.out().contains("BREAKDOWN_PUPILS_MISMATCH"), validate::toString);
    for (String count : List.of("30", "17", "13")) {
      assertFalse(validate.out().matches("(?s).*\\b" + count + " pupils.*|.*breakdown " + count + "\\b.*"),
          validate::toString);
    }
    String html = report(file);
    assertFalse(html.contains("breakdown 17") || html.contains("(30 pupils"), "the report's findings state no counts");
  }

  @Test
  void theSummaryListsEveryPublishedAndWithheldCellOfTheReport() throws IOException {
    Path file = write("fixture", Fixture.programme());
    JsonNode figure = actualCells(file);
    int published = 0;
    int withheld = 0;
    for (JsonNode c : figure.get("breakdowns")) {
      if (c.path("withheld").asBoolean()) {
        withheld++;
        assertFalse(c.has("value") || c.has("pupils"), c::toString);
        assertTrue(c.has("reason"), c::toString);
      } else {
        published++;
        assertTrue(c.get("pupils").asInt() >= 10, c::toString);
      }
    }
    String html = report(file);
    // The report's equity tables: the baseline's three cells and the actual's, as the summary lists them.
    assertEquals(published + 3, countOf(html, "(n = "), "published cells");
    assertEquals(withheld, countOf(html, "<span class=\"suppressed\">suppressed</span></td>"), "withheld cells");
  }

  private static int countOf(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }
}
