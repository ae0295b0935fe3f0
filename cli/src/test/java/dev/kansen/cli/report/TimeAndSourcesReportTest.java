package dev.kansen.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.cli.Fixture;
import dev.kansen.cli.summary.SummaryJson;
import dev.kansen.cli.summary.SummaryText;
import dev.kansen.disclosure.LinkedDisclosure;
import dev.kansen.model.Baseline;
import dev.kansen.model.ContactPoint;
import dev.kansen.model.DateRange;
import dev.kansen.model.DocumentKind;
import dev.kansen.model.DocumentLink;
import dev.kansen.model.FigureSource;
import dev.kansen.model.FigureStatus;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measure;
import dev.kansen.model.MethodBreak;
import dev.kansen.model.Observation;
import dev.kansen.model.Partner;
import dev.kansen.model.Phase;
import dev.kansen.model.Programme;
import dev.kansen.model.ProgrammeRelation;
import dev.kansen.model.RelatedProgramme;
import dev.kansen.model.SchoolYear;
import dev.kansen.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The summary and the report show phases, documents, contact points, sources, progress and breaks in method. */
class TimeAndSourcesReportTest {
  private static final ReportOptions OPTIONS = new ReportOptions(LocalDate.parse("2025-03-01"), 10, "kansen test");

  private static Observation figure(String value) {
    return Observation.builder().value(new BigDecimal(value)).pupils(200).build();
  }

  /** The fixture with phases, related programmes, documents, contact points and a test score indicator broken in 2023. */
  static Programme programme() {
    Programme p = Fixture.programme();
    Indicator scores = Indicator.builder().id("scores").title("Pupils reaching 1F reading").measure(Measure.PERCENTAGE)
        .baseline(Baseline.builder().schoolYear(SchoolYear.of(2019)).value(new BigDecimal("60")).pupils(200)
            .source(FigureSource.DUO).status(FigureStatus.FINAL).measuredOn(LocalDate.parse("2020-06-30")).build())
        .addPeriods(
            IndicatorPeriod.builder().schoolYear(SchoolYear.of(2020)).actual(figure("62")).build(),
            IndicatorPeriod.builder().schoolYear(SchoolYear.of(2021)).actual(figure("65")).build(),
            IndicatorPeriod.builder().schoolYear(SchoolYear.of(2022)).target(figure("70")).actual(figure("66")).build(),
            IndicatorPeriod.builder().schoolYear(SchoolYear.of(2023)).actual(figure("80")).build(),
            IndicatorPeriod.builder().schoolYear(SchoolYear.of(2024)).actual(Observation.builder().from(figure("83"))
                .source(FigureSource.SCHOOL_ADMINISTRATION).status(FigureStatus.PROVISIONAL).build()).build())
        .addMethodBreaks(MethodBreak.builder().schoolYear(SchoolYear.of(2023))
            .description("The doorstroomtoets replaced the eindtoets").build())
        .build();
    List<Partner> partners = List.of(Partner.builder().from(p.partners().get(0))
        .addContactPoints(ContactPoint.builder().role("Afdeling onderwijs").telephone("14 073").build()).build(),
        p.partners().get(1), p.partners().get(2));
    return Programme.builder().from(p)
        .partners(partners)
        .addIndicators(scores)
        .addPhases(Phase.builder().title("Actieagenda 2021").period(DateRange.of("2021-01-01", "2021-12-31")).build(),
            Phase.builder().title("Actieagenda 2022").period(DateRange.of("2022-01-01", "2022-12-31")).build())
        .addRelatedProgrammes(RelatedProgramme.builder().relation(ProgrammeRelation.PREDECESSOR)
            .title("Actieagenda 2019-2020").build())
        .addDocuments(
            DocumentLink.builder().title("Actieagenda kansengelijkheid").kind(DocumentKind.ACTION_AGENDA)
                .address("https://www.example.nl/actieagenda.pdf").date(LocalDate.parse("2021-01-27")).build(),
            DocumentLink.builder().title("Raadsinformatiebrief").kind(DocumentKind.COUNCIL_LETTER)
                .address("javascript:alert(1)").build())
        .addContactPoints(ContactPoint.builder().role("Programmacoördinatie").email("kansen@example.nl").build())
        .build();
  }

  private static String report() {
    return new ReportRenderer(OPTIONS).render(List.of(new ReportedProgramme(programme(), ValidationReport.of(List.of()))));
  }

  private static String scoresChart(String html) {
    int start = html.indexOf("aria-label=\"Chart of Pupils reaching 1F reading\"");
    return html.substring(start, html.indexOf("</svg>", start));
  }

  @Test
  void theChartDoesNotJoinActualsAcrossTheBreakAndMarksIt() {
    String chart = scoresChart(report());
    List<String> lines = Pattern.compile("<polyline[^>]*points=\"([^\"]*)\"").matcher(chart).results().map(r -> r.group(1)).toList();
    assertEquals(2, lines.size(), chart);
    assertEquals(3, lines.get(0).trim().split(" ").length, "2020, 2021 and 2022 joined: " + lines);
    assertEquals(2, lines.get(1).trim().split(" ").length, "2023 and 2024 joined: " + lines);
    assertEquals(1, chart.split("class=\"method-break\"", -1).length - 1, chart);
    assertTrue(chart.contains("The method changed from 2023-2024"), chart);
  }

  @Test
  void withoutTheBreakTheActualsAreOneLine() {
    Programme p = programme();
    Indicator joined = Indicator.builder().from(p.indicators().get(1)).methodBreaks(List.of()).build();
    String html = new ReportRenderer(OPTIONS).render(List.of(new ReportedProgramme(
        Programme.builder().from(p).indicators(List.of(p.indicators().get(0), joined)).build(), ValidationReport.of(List.of()))));
    String chart = scoresChart(html);
    assertEquals(1, Pattern.compile("<polyline").matcher(chart).results().count(), chart);
    assertFalse(chart.contains("method-break"), chart);
  }

  @Test
  void theReportListsPhasesDocumentsAndContactsAndLinksOnlyWebAddresses() {
    String html = report();
    assertTrue(html.contains("id=\"agenda\""));
    assertTrue(html.contains("<a href=\"https://www.example.nl/actieagenda.pdf\">Actieagenda kansengelijkheid</a>"), html);
    assertFalse(html.contains("href=\"javascript:"), "a javascript: address is never a link");
    assertTrue(html.contains("Raadsinformatiebrief (javascript:alert(1))"));
    assertTrue(html.contains("Programmacoördinatie · kansen@example.nl"));
    assertTrue(html.contains("<strong>Gemeente &#39;s-Hertogenbosch</strong>: Afdeling onderwijs · 14 073")
        || html.contains("<strong>Gemeente 's-Hertogenbosch</strong>: Afdeling onderwijs · 14 073"), html);
    assertTrue(html.contains("Predecessor"));
    assertTrue(html.contains("class=\"phases\""), "the timeline draws the phases");
    assertTrue(html.contains("Phase Actieagenda 2022: 2022-01-01 to 2022-12-31"));
  }

  @Test
  void theFiguresTableMarksSourcesAndTheMetaLineSaysTrackAndTrend() {
    String html = report();
    assertTrue(html.contains("Baseline (DUO, final, measured 2020-06-30)"), html);
    assertTrue(html.contains("Actual (School administration, provisional)"));
    // 2020 and 2021 on the path from 60 (2019) to 70 (2022): expected 63.33 and 66.67; 62 and 65 are below, 66 misses 70;
    // and the fixture's own indicator: 22 in 2021 against its target 20 (lower is better).
    assertEquals(4, html.split(Pattern.quote(", off track</td>"), -1).length - 1, html);
    // The latest actual (2024) is of the new method, so on track is not known; the trend runs through 2023 and 2024 only.
    assertTrue(html.contains("higher is better · trend +3 points a school year 2023-2024 to 2024-2025 (improving),"
        + " since the method change of 2023-2024"), html);
    assertTrue(html.contains("Method changed from 2023-2024: The doorstroomtoets replaced the eindtoets."));
  }

  @Test
  void theSummaryShowsTheSameInTextAndJson() {
    ProgrammeSummary summary = LinkedDisclosure.summary(programme(), 10);
    StringBuilder text = new StringBuilder();
    SummaryText.write(summary, line -> text.append(line).append('\n'));
    assertTrue(text.toString().contains("Phases:\n  Actieagenda 2021: 2021-01-01 to 2021-12-31\n"), text.toString());
    assertTrue(text.toString().contains("Documents:\n  Action agenda: Actieagenda kansengelijkheid (2021-01-27)"), text.toString());
    assertTrue(text.toString().contains("    method   changed from 2023-2024: The doorstroomtoets replaced the eindtoets"));
    assertTrue(text.toString().contains("    sources  baseline DUO, final, measured 2020-06-30; actual School administration, provisional"));
    JsonNode json = SummaryJson.of(summary);
    JsonNode scores = json.at("/indicators/1");
    assertEquals("2023-2024", scores.at("/trend/from").asText());
    assertEquals(0, new BigDecimal("3.0000").compareTo(scores.at("/trend/slope").decimalValue()));
    assertEquals("2023-2024", scores.at("/trend/since").asText());
    assertTrue(scores.get("onTrack").isNull(), "the latest actual is of another method than the baseline");
    assertEquals("DUO", scores.at("/figures/0/source").asText());
    assertEquals("PROVISIONAL", scores.at("/figures/6/status").asText());
    assertEquals("https://www.example.nl/actieagenda.pdf", json.at("/documents/0/address").asText());
    assertEquals("gm", json.at("/contactPoints/1/partner").asText());
    assertEquals("PREDECESSOR", json.at("/relatedProgrammes/0/relation").asText());
  }
}
