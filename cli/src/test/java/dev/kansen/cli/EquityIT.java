package dev.kansen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kansen.json.KansenJson;
import dev.kansen.model.AdviceLevel;
import dev.kansen.model.CohortCell;
import dev.kansen.model.CohortTable;
import dev.kansen.model.Municipality;
import dev.kansen.model.ParentalEducation;
import dev.kansen.model.Programme;
import dev.kansen.model.Province;
import dev.kansen.model.SchoolYear;
import dev.kansen.model.TestKind;
import dev.kansen.model.id.MunicipalityCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The equity measures through the command: several programmes in one report, the funnel plot, the summary's gaps. */
class EquityIT {
  @TempDir
  Path dir;

  private static CohortCell cell(ParentalEducation group, AdviceLevel school, int pupils) {
    return CohortCell.builder().parentalEducation(group).testAdvice(AdviceLevel.HAVO).schoolAdvice(school)
        .pupils(pupils).build();
  }

  /** A programme of one municipality with a doorstroomtoets table: low below 56 of 70, high 48 of 80. */
  private Path programme(String id, String code, String name, int low) throws IOException {
    Programme fixture = Fixture.programme();
    CohortTable table = CohortTable.builder().id("cohort-" + id).schoolYear(SchoolYear.of(2023))
        .municipality(MunicipalityCode.of(code)).test(TestKind.DOORSTROOMTOETS)
        .addCells(cell(ParentalEducation.LOW, AdviceLevel.VMBO_GT, low * 4 / 5),
            cell(ParentalEducation.LOW, AdviceLevel.HAVO, low - low * 4 / 5),
            cell(ParentalEducation.HIGH, AdviceLevel.VMBO_GT, 48), cell(ParentalEducation.HIGH, AdviceLevel.HAVO, 32),
            cell(ParentalEducation.MIDDLE, AdviceLevel.HAVO, 40))
        .build();
    Programme p = Programme.builder().from(fixture).id(id).municipalities(List.of(Municipality.of(code, name,
        Province.NOORD_BRABANT))).cohortTables(List.of(table)).build();
    return Files.writeString(dir.resolve(id + ".json"), KansenJson.strict().write(p));
  }

  @Test
  void severalProgrammesMakeOneReportWithAFunnelPlotThatWithholdsASmallMunicipality() throws IOException {
    Path out = dir.resolve("report.html");
    Kansen.Run run = Kansen.run("report", "--as-of", "2024-07-31", "-o", out.toString(),
        programme("a", "GM0796", "Alfa", 70).toString(), programme("b", "GM0917", "Bravo", 100).toString(),
        programme("c", "GM0984", "Charlie", 5).toString());
    assertEquals(0, run.exitCode(), run::toString);
    String html = Files.readString(out);
    assertTrue(html.contains("funnel-chart"), "a funnel plot");
    assertTrue(html.contains("Alfa: 80.0% of 70"), "Alfa drawn with its pupils");
    assertTrue(html.contains("Bravo: 80.0% of 100"), "Bravo drawn with its pupils");
    assertTrue(html.contains("Withheld: Charlie (fewer pupils than the threshold)"), html);
    assertFalse(html.contains("Charlie: "), "Charlie is not drawn");
    assertTrue(html.contains("Pooled share: 80.0%"), "pooled over the drawn municipalities only (136 of 170)");
    assertEquals(3, run.err().lines().count(), "one closing line per programme: " + run);
  }

  @Test
  void standardInputIsReadOnlyOnce() {
    Kansen.Run run = Kansen.runWithInput(new byte[0], "report", "-o", dir.resolve("r.html").toString(), "-", "-");
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
  }

  @Test
  void theSummaryCarriesEachGroupTheGapAndItsInterval() throws IOException {
    Kansen.Run run = Kansen.run("summary", "--format", "json", programme("a", "GM0796", "Alfa", 70).toString());
    assertEquals(0, run.exitCode(), run::toString);
    JsonNode figure = new ObjectMapper().readTree(run.out()).at("/equity/0/figures/0");
    assertEquals("BELOW_TEST_ADVICE", figure.at("/measure").asText());
    assertEquals("low", figure.at("/groups/1/group").asText());
    assertEquals(70, figure.at("/groups/1/pupils").asInt());
    JsonNode gap = figure.at("/gaps/0");
    assertEquals("low", gap.at("/group").asText());
    assertEquals("high", gap.at("/reference").asText());
    assertEquals(0.2, gap.at("/gap").asDouble(), 1e-12);
    assertEquals(0.0524, gap.at("/lower").asDouble(), 0.00005);
    assertEquals(0.3339, gap.at("/upper").asDouble(), 0.00005);
  }
}
