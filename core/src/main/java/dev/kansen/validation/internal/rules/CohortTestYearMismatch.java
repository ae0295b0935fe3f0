package dev.kansen.validation.internal.rules;

import dev.kansen.model.CohortTable;
import dev.kansen.model.TestKind;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A cohort table's test is not the test of its school year. */
final class CohortTestYearMismatch extends BuiltInRule {
  CohortTestYearMismatch() {
    super(RuleCode.COHORT_TEST_YEAR_MISMATCH);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<CohortTable> located : index.cohortTables()) {
      CohortTable table = located.value();
      if (TestKind.of(table.schoolYear()) != table.test()) {
        findings.reportArguments(located.at("test"), "table", table.id(), "schoolYear", table.schoolYear(),
            "test", table.test());
      }
    }
  }
}
