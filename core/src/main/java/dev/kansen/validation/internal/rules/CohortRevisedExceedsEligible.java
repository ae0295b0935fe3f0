package dev.kansen.validation.internal.rules;

import dev.kansen.model.CohortCell;
import dev.kansen.model.CohortTable;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A cohort cell counts more revised than eligible pupils, or more eligible than pupils. */
final class CohortRevisedExceedsEligible extends BuiltInRule {
  CohortRevisedExceedsEligible() {
    super(RuleCode.COHORT_REVISED_EXCEEDS_ELIGIBLE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<CohortTable> located : index.cohortTables()) {
      CohortTable table = located.value();
      for (int i = 0; i < table.cells().size(); i++) {
        CohortCell cell = table.cells().get(i);
        var at = located.at("cells", i);
        if (cell.eligible().isPresent() && cell.eligible().getAsInt() > cell.pupils()) {
          findings.reportVariant(at.child("eligible"), "eligible", "table", table.id());
        }
        if (cell.revised().isPresent() && cell.revised().getAsInt() > cell.eligible().orElse(0)) {
          findings.reportVariant(at.child("revised"), "revised", "table", table.id());
        }
      }
    }
  }
}
