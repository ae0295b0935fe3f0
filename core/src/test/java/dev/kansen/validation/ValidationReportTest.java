package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private static final Violation LEAD = Violation.of("UNRESOLVED_PARTNER", Severity.ERROR,
      JsonPointer.parse("/interventions/10/lead"), "lead");
  private static final Violation TITLE = Violation.of("SHORT_TITLE", Severity.INFO,
      JsonPointer.parse("/interventions/2/title"), "title");
  private static final Violation EMPTY = Violation.of("EMPTY_PROGRAMME", Severity.WARNING, JsonPointer.root(), "empty");
  private static final Violation SAME_PATH_WARNING = Violation.of("A_WARNING", Severity.WARNING,
      JsonPointer.parse("/interventions/2/title"), "w");

  @Test
  void violationsAreInDocumentOrderThenSeverityThenCode() {
    ValidationReport report = ValidationReport.of(List.of(LEAD, TITLE, EMPTY, SAME_PATH_WARNING));
    assertEquals(List.of(EMPTY, SAME_PATH_WARNING, TITLE, LEAD), report.violations());
  }

  @Test
  void aReportIsValidWithoutErrors() {
    assertTrue(ValidationReport.empty().valid());
    assertTrue(ValidationReport.of(List.of(TITLE, EMPTY)).valid());
    assertFalse(ValidationReport.of(List.of(TITLE, LEAD)).valid());
  }

  @Test
  void filtersKeepDocumentOrder() {
    ValidationReport report = ValidationReport.of(List.of(LEAD, TITLE, EMPTY, SAME_PATH_WARNING));
    assertEquals(List.of(LEAD), report.errors());
    assertEquals(List.of(EMPTY, SAME_PATH_WARNING), report.warnings());
    assertEquals(List.of(TITLE), report.withSeverity(Severity.INFO));
    assertEquals(List.of(LEAD), report.withCode("UNRESOLVED_PARTNER"));
    assertEquals(List.of(), report.withCode("NO_SUCH_CODE"));
  }

  @Test
  void mergingSortsTheUnion() {
    ValidationReport a = ValidationReport.of(List.of(LEAD));
    ValidationReport merged = a.merge(ValidationReport.of(List.of(EMPTY, TITLE)));
    assertEquals(List.of(EMPTY, TITLE, LEAD), merged.violations());
    assertSame(a, a.merge(ValidationReport.empty()));
    assertEquals(ValidationReport.of(List.of(TITLE, LEAD, EMPTY)), merged);
    assertEquals(ValidationReport.of(List.of(TITLE, LEAD, EMPTY)).hashCode(), merged.hashCode());
  }

  @Test
  void toStringSummarisesAndListsEveryViolation() {
    String text = ValidationReport.of(List.of(LEAD, EMPTY)).toString();
    assertEquals(String.join(System.lineSeparator(), "invalid, 1 error, 1 warning, 0 info", "  / WARNING EMPTY_PROGRAMME: empty",
        "  /interventions/10/lead ERROR UNRESOLVED_PARTNER: lead"), text);
    assertEquals("valid, 0 errors, 0 warnings, 0 info", ValidationReport.empty().toString());
  }
}
