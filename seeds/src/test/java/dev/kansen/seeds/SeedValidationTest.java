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
   * no start date is made up, and no lead is guessed. Any other warning fails.
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
   * What the Limburg article does not give, noted and nothing more: no programme, grant or
   * intervention period and no join dates (the memberships are known by the article's date).
   */
  @Test
  void limburgNotesOnlyThePeriodsAndJoinDatesTheArticleDoesNotGive() {
    assertEquals(List.of(
            "PROGRAMME_WITHOUT_PERIOD ",
            "MEMBERSHIP_WITHOUT_JOIN_DATE /alliance/members/0",
            "MEMBERSHIP_WITHOUT_JOIN_DATE /alliance/members/1",
            "MEMBERSHIP_WITHOUT_JOIN_DATE /alliance/members/2",
            "MEMBERSHIP_WITHOUT_JOIN_DATE /alliance/members/3",
            "GRANT_WITHOUT_PERIOD /grants/0",
            "GRANT_WITHOUT_PERIOD /grants/1",
            "INTERVENTION_WITHOUT_PLANNED_PERIOD /interventions/0",
            "INTERVENTION_WITHOUT_PLANNED_PERIOD /interventions/1",
            "INTERVENTION_WITHOUT_PLANNED_PERIOD /interventions/2",
            "INTERVENTION_WITHOUT_PLANNED_PERIOD /interventions/3"),
        codesAndPaths(Limburg2018.programme(), Severity.INFO));
  }

  /** The 's-Hertogenbosch article gives no programme period, no join date and no dates for the COVID-19 and spring actions. */
  @Test
  void sHertogenboschNotesOnlyThePeriodsAndJoinDateTheArticleDoesNotGive() {
    assertEquals(List.of(
            "PROGRAMME_WITHOUT_PERIOD ",
            "MEMBERSHIP_WITHOUT_JOIN_DATE /alliance/members/0",
            "INTERVENTION_WITHOUT_PLANNED_PERIOD /interventions/2",
            "INTERVENTION_WITHOUT_PLANNED_PERIOD /interventions/3",
            "INTERVENTION_WITHOUT_PLANNED_PERIOD /interventions/4",
            "INTERVENTION_WITHOUT_PLANNED_PERIOD /interventions/5",
            "INTERVENTION_WITHOUT_PLANNED_PERIOD /interventions/6",
            "INTERVENTION_WITHOUT_PLANNED_PERIOD /interventions/7"),
        codesAndPaths(SHertogenbosch2021.programme(), Severity.INFO));
  }

  /** No lead is recorded where the article does not name one; the running actions have no start date. */
  @Test
  void sHertogenboschWarnsOnlyAboutWhatTheArticleDoesNotGive() {
    assertEquals(List.of(
            "INTERVENTION_WITHOUT_LEAD /interventions/0",
            "INTERVENTION_WITHOUT_LEAD /interventions/1",
            "INTERVENTION_WITHOUT_LEAD /interventions/2",
            "RUNNING_WITHOUT_ACTUAL_START /interventions/2/status",
            "INTERVENTION_WITHOUT_LEAD /interventions/3",
            "RUNNING_WITHOUT_ACTUAL_START /interventions/3/status",
            "INTERVENTION_WITHOUT_LEAD /interventions/4",
            "RUNNING_WITHOUT_ACTUAL_START /interventions/4/status",
            "INTERVENTION_WITHOUT_LEAD /interventions/5",
            "RUNNING_WITHOUT_ACTUAL_START /interventions/5/status",
            "INTERVENTION_WITHOUT_LEAD /interventions/6",
            "RUNNING_WITHOUT_ACTUAL_START /interventions/6/status",
            "INTERVENTION_WITHOUT_LEAD /interventions/7",
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
