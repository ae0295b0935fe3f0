package dev.kansen.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.cli.Fixture;
import dev.kansen.model.Alliance;
import dev.kansen.model.Allocation;
import dev.kansen.model.Breakdown;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.Intervention;
import dev.kansen.model.Money;
import dev.kansen.model.Observation;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.math.BigDecimal;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportRendererTest {
  private static final ReportOptions OPTIONS = new ReportOptions(LocalDate.parse("2022-03-01"), 10, "kansen test");
  private static final ValidationReport FINDINGS = ValidationReport.of(List.of(Violation.of(
      RuleCode.ALLOCATIONS_EXCEED_GRANT.name(), Severity.WARNING, JsonPointer.parse("/grants/0/allocations/0"), "Allocation <b>too</b> large")));

  private final String html = render(Fixture.withSmallCell());

  @Test
  void hasEverySection() {
    for (String id : List.of("partners", "interventions", "funding", "indicators", "equity", "findings")) {
      assertTrue(html.contains("<section id=\"" + id + "\""), id);
    }
  }

  @Test
  void programmeTextIsEscaped() {
    assertFalse(html.contains(Fixture.HOSTILE_NAME));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertFalse(html.contains("<b>too</b>"));
  }

  @Test
  void loadsNothingFromOutside() {
    assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(?!#)", Pattern.CASE_INSENSITIVE).matcher(html).find());
    assertFalse(html.contains("@import"));
    assertFalse(html.contains("url(http"));
  }

  @Test
  void smallCellsAreSuppressedWithTheirComplement() {
    // 'unknown' rests on 6 pupils, and 'low' (the smallest other cell, 130) would give it away
    assertFalse(html.contains("93.7"));
    assertFalse(html.contains("n = 6"));
    assertFalse(html.contains("27%"));
    assertTrue(html.contains("20% <span class=\"meta\">(n = 274)</span>"));
    assertTrue(html.contains("suppressed"));
  }

  @Test
  void aFigureFromTooFewPupilsIsNeitherTabledNorDrawn() {
    String report = render(Fixture.withActual(Observation.builder().value(new BigDecimal("21.5")).pupils(6).build()));

    assertFalse(report.contains("21.5"));
    assertTrue(report.contains("<td class=\"dates\">2021-2022</td><td>Actual</td><td class=\"num\"><span class=\"suppressed\">suppressed</span>"));
    assertFalse(report.contains("of the way from baseline to target"));
  }

  @Test
  void anOverAllocatedGrantShowsANegativeRest() {
    String report = render(Fixture.withAllocations(Allocation.of("summer", Money.eur("60000"))));

    assertTrue(report.contains("<td class=\"num\">EUR 60,000.00</td><td class=\"num\">-EUR 10,000.00</td></tr>"));
  }

  @Test
  void everyChartHasATextAlternative() {
    Matcher svg = Pattern.compile("<svg [^>]*>").matcher(html);
    int charts = 0;
    while (svg.find()) {
      charts++;
      assertTrue(svg.group().contains("role=\"img\""), svg.group());
      assertTrue(svg.group().contains("aria-label=\""), svg.group());
      assertTrue(svg.group().contains("aria-labelledby=\""), svg.group());
    }
    assertEquals(charts, count("<title id="));
    assertEquals(charts, count("<desc id="));
    assertTrue(charts >= 4, "timeline, funding, indicator and equity charts: " + charts);
  }

  @Test
  void findingsAreListed() {
    assertTrue(html.contains(RuleCode.ALLOCATIONS_EXCEED_GRANT.name()));
    assertTrue(html.contains("/grants/0/allocations/0"));
  }

  @Test
  void countsOfOneAreSingularAndWordedAlikeInTheCardAndTheFindings() {
    // One wording everywhere (FindingSummary): the card and the findings section's lead.
    assertTrue(html.contains("0 errors, 1 warning, 0 info<"), html);
    assertTrue(html.contains("0 errors, 1 warning, 0 info."), html);
    assertFalse(html.contains("1 warnings"), html);
    assertFalse(html.contains("infos"), html);
  }

  @Test
  void severalProgrammesGetDistinctSectionIds() {
    String two = new ReportRenderer(OPTIONS).render(List.of(
        new ReportedProgramme(Fixture.programme(), FINDINGS), new ReportedProgramme(Fixture.programme(), FINDINGS)));
    assertTrue(two.contains("id=\"p1-partners\""));
    assertTrue(two.contains("id=\"p2-partners\""));
    assertFalse(two.contains("id=\"partners\""));
  }

  @Test
  void theFindingsOfAProgrammeWithSmallCellsStateNoCountBelowTheThreshold() {
    Observation actual = Fixture.withSmallCell().indicators().get(0).periods().get(0).actual().orElseThrow();
    // 'unknown' rests on 6 pupils, and the figure counts 5 pupils its cells leave out
    Programme small = Fixture.withActual(Observation.builder().from(actual).pupils(actual.pupils().getAsInt() + 5).build());
    ValidationReport findings = Validator.standard().validate(small, ValidationContext.asOf(OPTIONS.asOf()));
    assertFalse(findings.withCode("SMALL_CELL").isEmpty(), "the fixture has a small cell to report");
    assertFalse(findings.withCode("BREAKDOWN_PUPILS_MISMATCH").isEmpty(), "the fixture leaves pupils out");
    String report = new ReportRenderer(OPTIONS).render(List.of(new ReportedProgramme(small, findings)));
    Matcher count = Pattern.compile("\\b([0-9]+)\\s+pupils\\b").matcher(report);
    while (count.find()) {
      assertTrue(Integer.parseInt(count.group(1)) >= OPTIONS.smallCellThreshold(), count.group());
    }
    Matcher sum = Pattern.compile("adds up to ([0-9]+)").matcher(report);
    assertFalse(sum.find(), "a breakdown sum a small difference can be read from");
  }

  @Test
  void everyTextOfTheProgrammeAndItsFindingsIsEscapedWhereverItIsShown() {
    String mark = "<i id='m'>\"&";
    Programme p = Fixture.programme();
    Observation actual = p.indicators().get(0).periods().get(0).actual().orElseThrow();
    Programme hostile = Programme.builder().from(Fixture.withActual(Observation.builder().from(actual)
            .breakdowns(actual.breakdowns().stream().map(b -> Breakdown.builder().from(b).category(mark + b.category())
                .dimension(mark).build()).toList()).build()))
        .title(mark).description(mark)
        .alliance(Alliance.builder().from(p.alliance()).name(mark).build())
        .addGoals(Goal.builder().id("goal").title(mark).description(mark).build())
        .partners(p.partners().stream().map(x -> Partner.builder().from(x).name(mark).description(mark).build()).toList())
        .interventions(p.interventions().stream().map(x -> Intervention.builder().from(x).title(mark).build()).toList())
        .grants(p.grants().stream().map(x -> Grant.builder().from(x).purpose(mark).build()).toList())
        .build();
    hostile = Programme.builder().from(hostile).indicators(hostile.indicators().stream()
        .map(x -> Indicator.builder().from(x).title(mark).unit(mark).build()).toList()).build();
    ValidationReport findings = ValidationReport.of(List.of(Violation.of("SOME_CODE", Severity.ERROR,
        JsonPointer.parse("/partners/0/name"), mark)));
    String report = new ReportRenderer(new ReportOptions(OPTIONS.asOf(), 10, mark))
        .render(List.of(new ReportedProgramme(hostile, findings), new ReportedProgramme(hostile, findings)));
    assertFalse(report.contains("<i "), "no text becomes markup");
    assertFalse(report.contains("'m'"), "no quote is left to end an attribute");
    assertTrue(report.split(Pattern.quote("&lt;i id=&#39;m&#39;&gt;&quot;&amp;"), -1).length > 20, "the text is shown, escaped");
  }

  @ParameterizedTest
  @ValueSource(ints = {17, 18, 37, 38, 39, 40})
  void anEmojiWhereATextIsShortenedOrALoneSurrogateNeverBreaksThePage(int position) throws CharacterCodingException {
    String emoji = "x".repeat(position) + "\uD83D\uDE00 and then some more words";
    Programme p = Fixture.programme();
    Observation actual = p.indicators().get(0).periods().get(0).actual().orElseThrow();
    List<Breakdown> cells = new ArrayList<>(actual.breakdowns());
    cells.set(0, Breakdown.builder().from(cells.get(0)).category(emoji).build());
    Programme hostile = Programme.builder().from(Fixture.withActual(Observation.builder().from(actual).breakdowns(cells).build()))
        .title("Lone \uD83D surrogate \uDE00")
        .partners(p.partners().stream().map(x -> Partner.builder().from(x).name(emoji).build()).toList())
        .interventions(p.interventions().stream().map(x -> Intervention.builder().from(x).title(emoji).build()).toList())
        .build();
    String report = render(hostile);
    StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(report));
    assertTrue(report.contains("<h1>Lone \uFFFD surrogate \uFFFD</h1>"), "a lone surrogate is written as U+FFFD");
  }

  private static String render(Programme programme) {
    return new ReportRenderer(OPTIONS).render(List.of(new ReportedProgramme(programme, FINDINGS)));
  }

  private int count(String text) {
    return html.split(Pattern.quote(text), -1).length - 1;
  }
}
