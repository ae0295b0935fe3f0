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
          report(findings, at.child("highest"), table, "band " + band.label() + " ends before it starts");
        }
        for (int j = 0; j < i; j++) {
          ScoreBand earlier = table.bands().get(j);
          if (band.lowest() <= earlier.highest() && earlier.lowest() <= band.highest()) {
            report(findings, at.child("lowest"), table, "band " + band.label() + " overlaps band " + earlier.label());
            break;
          }
        }
        if (!band.testAdvice().givenByTests()) {
          report(findings, at.child("testAdvice"), table, "no test gives the advice " + band.testAdvice());
        }
      }
      for (int i = 0; i < table.cells().size(); i++) {
        CohortCell cell = table.cells().get(i);
        JsonPointer at = located.at("cells", i);
        if (table.test() == TestKind.CENTRALE_EINDTOETS) {
          if (cell.band().isEmpty() && cell.testAdvice().isEmpty()) {
            report(findings, at, table, "a final-test cell names no band");
          } else if (cell.band().isPresent() && table.band(cell.band().get()).isEmpty()) {
            report(findings, at.child("band"), table, "band " + cell.band().get() + " is not in the band table");
          }
        } else if (cell.band().isPresent()) {
          report(findings, at.child("band"), table, "the doorstroomtoets has no score bands");
        } else if (cell.testAdvice().isEmpty()) {
          report(findings, at, table, "a doorstroomtoets cell names no test advice");
        }
        cell.testAdvice().filter(a -> !a.givenByTests())
            .ifPresent(a -> report(findings, at.child("testAdvice"), table, "no test gives the advice " + a));
      }
      for (int i = 0; i < table.levels().size(); i++) {
        ReferenceLevelCount count = table.levels().get(i);
        if (!count.domain().has(count.level())) {
          report(findings, located.at("levels", i).child("level"), table,
              count.level() + " is not a level of " + count.domain());
        }
      }
    }
  }

  private static void report(Findings findings, JsonPointer at, CohortTable table, String what) {
    findings.reportArguments(at, "table", table.id(), "what", what);
  }
}
