package dev.kansen.cli.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.seeds.illustrative.IllustrativeOabProgramme;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report shows the funding per calendar year, reach against the eligible population and participation. */
class OabReportTest {
  private static final LocalDate AS_OF = LocalDate.parse("2025-10-31");
  private final String html = new ReportRenderer(new ReportOptions(AS_OF, 10, "kansen test")).render(List.of(
      new ReportedProgramme(IllustrativeOabProgramme.programme(),
          Validator.standard().validate(IllustrativeOabProgramme.programme(), ValidationContext.asOf(AS_OF)))));

  @Test
  void showsTheFundingPerYearWithItsCategories() {
    assertTrue(html.contains("<caption>Funding per calendar year: what came in, and where it went</caption>"), html);
    assertTrue(html.contains("<th scope=\"row\">2025 (open)</th>"), html);
    assertTrue(html.contains("<td>voorschoolse educatie</td>"), html);
    assertTrue(html.contains("EUR 62,500.00"), html);
  }

  @Test
  void showsReachAgainstTheEligibleDosageAndParticipation() {
    assertTrue(html.contains("<section id=\"reach\" class=\"reach\">"), html);
    assertTrue(html.contains("<td class=\"num\">180</td>"), html);
    assertTrue(html.contains("<td class=\"num\">79%</td>"), html);
    assertTrue(html.contains("16 hours a week; 960 hours over 18 months"), html);
    assertTrue(html.contains("Ouderconsultatie over het OAB-beleid"), html);
    assertTrue(html.contains("<td class=\"num\">withheld</td>"), html);
    assertFalse(html.contains("<td class=\"num\">30</td>"), html);
  }
}
