package dev.kansen.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.Programme;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both seed programmes pass the standard validator without errors; their warnings are the articles' known gaps. */
class SeedValidationTest {
  private static final ValidationContext AS_OF = ValidationContext.asOf(LocalDate.of(2026, 11, 23));

  static List<Programme> seeds() {
    return SeedProgrammes.all();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void hasNoErrors(Programme seed) {
    assertEquals(List.of(), findings(seed, Severity.ERROR), seed.id());
  }

  /**
   * The warnings are the honest gaps of the articles, each one expected: no identifier is invented,
   * no start date is made up, and 's-Hertogenbosch's recorded join date is a day by which it was a
   * member. Any other warning fails.
   */
  @Test
  void limburgWarnsOnlyAboutIdentifiersTheArticleDoesNotGive() {
    assertEquals(List.of(
            "MISSING_PARTNER_IDENTIFIER /partners/6/identifiers",
            "MISSING_PARTNER_IDENTIFIER /partners/7/identifiers",
            "MISSING_PARTNER_IDENTIFIER /partners/8/identifiers",
            "MISSING_PARTNER_IDENTIFIER /partners/9/identifiers",
            "MISSING_PARTNER_IDENTIFIER /partners/10/identifiers",
            "MISSING_PARTNER_IDENTIFIER /partners/11/identifiers",
            "MISSING_PARTNER_IDENTIFIER /partners/12/identifiers"),
        codesAndPaths(Limburg2018.programme(), Severity.WARNING));
  }

  /**
   * The one piece of information the seeds record: Heerlen's warm-handover indicator has a target
   * but no baseline, because the article gives none.
   */
  @Test
  void limburgNotesOnlyTheIndicatorWithoutTheBaselineTheArticleDoesNotGive() {
    assertEquals(List.of("INDICATOR_WITHOUT_BASELINE /indicators/0"),
        codesAndPaths(Limburg2018.programme(), Severity.INFO));
  }

  @Test
  void sHertogenboschNotesNothing() {
    assertEquals(List.of(), codesAndPaths(SHertogenbosch2021.programme(), Severity.INFO));
  }

  @Test
  void sHertogenboschWarnsOnlyAboutWhatTheArticleDoesNotGive() {
    assertEquals(List.of(
            "MUNICIPALITY_JOINED_AFTER_START /alliance/members/0/joined",
            "RUNNING_WITHOUT_ACTUAL_START /interventions/2/status",
            "RUNNING_WITHOUT_ACTUAL_START /interventions/3/status",
            "RUNNING_WITHOUT_ACTUAL_START /interventions/4/status",
            "RUNNING_WITHOUT_ACTUAL_START /interventions/5/status",
            "RUNNING_WITHOUT_ACTUAL_START /interventions/6/status",
            "MISSING_PARTNER_IDENTIFIER /partners/6/identifiers",
            "MISSING_PARTNER_IDENTIFIER /partners/9/identifiers"),
        codesAndPaths(SHertogenbosch2021.programme(), Severity.WARNING));
  }

  private static List<String> codesAndPaths(Programme seed, Severity severity) {
    return Validator.standard().validate(seed, AS_OF).violations().stream().filter(v -> v.severity() == severity)
        .map(v -> v.code() + " " + v.path()).toList();
  }

  private static List<String> findings(Programme seed, Severity severity) {
    ValidationReport report = Validator.standard().validate(seed, AS_OF);
    return report.violations().stream().filter(v -> v.severity() == severity)
        .map(SeedValidationTest::describe).toList();
  }

  private static String describe(Violation v) {
    return v.code() + " at " + v.path() + ": " + v.message();
  }
}
