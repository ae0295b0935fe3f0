package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingSummaryTest {
  private static Violation finding(Code code, Severity severity, String path, long line) {
    Violation.Builder b = Violation.builder().code(code.name()).severity(severity).path(JsonPointer.parse(path))
        .message(code.name() + " at " + path);
    if (line > 0) {
      b.position(new Position(line, 1));
    }
    return b.build();
  }

  private static final Violation CELL_LATE = finding(RuleCode.SMALL_CELL, Severity.ERROR, "/indicators/1/actual/pupils", 90);
  private static final Violation CELL_EARLY = finding(RuleCode.SMALL_CELL, Severity.ERROR, "/indicators/0/actual/pupils", 40);
  private static final Violation ZERO = finding(RuleCode.ZERO_GRANT_AMOUNT, Severity.WARNING, "/grants/0/amount", 10);
  private static final Violation NO_BASELINE = finding(RuleCode.INDICATOR_WITHOUT_BASELINE, Severity.INFO, "/indicators/0", 0);
  private static final Violation FUNDER = finding(RuleCode.UNRESOLVED_FUNDER, Severity.ERROR, "/grants/0/funder", 0);

  @Test
  void countsNameEverySeverityWithTheRightNumber() {
    assertEquals("0 errors, 0 warnings, 0 info", FindingSummary.of(List.of()).counts());
    assertEquals("1 error, 1 warning, 1 info",
        FindingSummary.of(List.of(CELL_EARLY, ZERO, NO_BASELINE)).counts());
    FindingSummary summary = FindingSummary.of(List.of(CELL_EARLY, CELL_LATE, ZERO, ZERO, NO_BASELINE, NO_BASELINE));
    assertEquals("2 errors, 2 warnings, 2 info", summary.counts());
    assertEquals(2, summary.errors());
    assertEquals(2, summary.warnings());
    assertEquals(2, summary.infos());
    assertEquals(6, summary.total());
  }

  @Test
  void aCountIsSingularOnlyForExactlyOne() {
    assertEquals("1 indicator", FindingSummary.count(1, "indicator", "indicators"));
    assertEquals("0 indicators", FindingSummary.count(0, "indicator", "indicators"));
    assertEquals("2 indicators", FindingSummary.count(2, "indicator", "indicators"));
  }

  @Test
  void findingsAreOrderedBySeverityThenPositionThenPath() {
    FindingSummary summary = FindingSummary.of(List.of(NO_BASELINE, ZERO, CELL_LATE, FUNDER, CELL_EARLY));
    assertEquals(List.of(CELL_EARLY, CELL_LATE, FUNDER, ZERO, NO_BASELINE), summary.ordered());
  }

  @Test
  void groupsAreByCodeInOrderWithACountAndTheCataloguesFix() {
    List<FindingGroup> groups = FindingSummary.of(List.of(NO_BASELINE, ZERO, CELL_LATE, FUNDER, CELL_EARLY))
        .groups(Locale.ENGLISH);
    assertEquals(List.of("SMALL_CELL \u00d72", "UNRESOLVED_FUNDER", "ZERO_GRANT_AMOUNT", "INDICATOR_WITHOUT_BASELINE"),
        groups.stream().map(FindingGroup::heading).toList());
    assertEquals(List.of(CELL_EARLY, CELL_LATE), groups.get(0).findings());
    assertEquals(2, groups.get(0).count());
    assertEquals(Optional.of(RuleCode.SMALL_CELL.fix(Locale.ENGLISH)), groups.get(0).fix());
    assertEquals(Severity.INFO, groups.get(3).severity());
  }

  @Test
  void aCodeOfYourOwnIsGroupedWithoutAFix() {
    Code own = Code.of("OWN_CHECK", Severity.WARNING, Category.COMPLETENESS, "what", "why", "fix");
    List<FindingGroup> groups = FindingSummary.of(List.of(finding(own, Severity.WARNING, "/partners/0", 0)))
        .groups(Locale.ENGLISH);
    assertEquals(Optional.empty(), groups.get(0).fix());
    assertEquals(Optional.of(RuleCode.SMALL_CELL), Codes.find("SMALL_CELL"));
    assertEquals(Optional.empty(), Codes.find("OWN_CHECK"));
  }

  @Test
  void aGroupHoldsAtLeastOneFinding() {
    assertThrows(IllegalArgumentException.class,
        () -> new FindingGroup("SMALL_CELL", Severity.ERROR, List.of(), Optional.empty()));
  }
}
