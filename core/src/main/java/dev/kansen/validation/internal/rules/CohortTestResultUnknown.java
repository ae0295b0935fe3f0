package dev.kansen.validation.internal.rules;

import dev.kansen.model.CohortCell;
import dev.kansen.model.CohortTable;
import dev.kansen.model.ReferenceLevelCount;
import dev.kansen.model.ScoreBand;
import dev.kansen.model.TestKind;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A cohort table names a test result its year does not have. */
final class CohortTestResultUnknown extends BuiltInRule {
  CohortTestResultUnknown() {
    super(RuleCode.COHORT_TEST_RESULT_UNKNOWN);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<CohortTable> located : index.cohortTables()) {
      CohortTable table = located.value();
      for (int i = 0; i < table.bands().size(); i++) {
        ScoreBand band = table.bands().get(i);
        JsonPointer at = located.at("bands", i);
        if (band.lowest() > band.highest()) {
          report(findings, at.child("highest"), table, "bandInverted", "band", band.label());
        }
        for (int j = 0; j < i; j++) {
          ScoreBand earlier = table.bands().get(j);
          if (band.lowest() <= earlier.highest() && earlier.lowest() <= band.highest()) {
            report(findings, at.child("lowest"), table, "bandsOverlap", "band", band.label(), "other", earlier.label());
            break;
          }
        }
        if (!band.testAdvice().givenByTests()) {
          report(findings, at.child("testAdvice"), table, "adviceNotGiven", "advice", band.testAdvice());
        }
      }
      for (int i = 0; i < table.cells().size(); i++) {
        CohortCell cell = table.cells().get(i);
        JsonPointer at = located.at("cells", i);
        if (table.test() == TestKind.CENTRALE_EINDTOETS) {
          if (cell.band().isEmpty() && cell.testAdvice().isEmpty()) {
            report(findings, at, table, "noBand");
          } else if (cell.band().isPresent() && table.band(cell.band().get()).isEmpty()) {
            report(findings, at.child("band"), table, "unknownBand", "band", cell.band().get());
          }
        } else if (cell.band().isPresent()) {
          report(findings, at.child("band"), table, "bandOnDoorstroomtoets");
        } else if (cell.testAdvice().isEmpty()) {
          report(findings, at, table, "noAdvice");
        }
        cell.testAdvice().filter(a -> !a.givenByTests())
            .ifPresent(a -> report(findings, at.child("testAdvice"), table, "adviceNotGiven", "advice", a));
      }
      for (int i = 0; i < table.levels().size(); i++) {
        ReferenceLevelCount count = table.levels().get(i);
        if (!count.domain().has(count.level())) {
          report(findings, located.at("levels", i).child("level"), table, "levelOutsideDomain",
              "level", count.level(), "domain", count.domain());
        }
      }
    }
  }

  /** Reports the finding in the wording of the variant, with the table's id before the values it names. */
  private static void report(Findings findings, JsonPointer at, CohortTable table, String variant, Object... namedValues) {
    Object[] arguments = new Object[namedValues.length + 2];
    arguments[0] = "table";
    arguments[1] = table.id();
    System.arraycopy(namedValues, 0, arguments, 2, namedValues.length);
    findings.reportVariant(at, variant, arguments);
  }
}
