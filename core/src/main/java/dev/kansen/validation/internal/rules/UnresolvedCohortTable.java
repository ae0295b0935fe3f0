package dev.kansen.validation.internal.rules;

import dev.kansen.model.Indicator;
import dev.kansen.model.WireNames;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** An indicator names a cohort table the programme does not have. */
final class UnresolvedCohortTable extends BuiltInRule {
  UnresolvedCohortTable() {
    super(RuleCode.UNRESOLVED_COHORT_TABLE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Indicator> indicator : index.indicators()) {
      indicator.value().cohortTable().filter(id -> index.programme().cohortTable(id).isEmpty())
          .ifPresent(id -> findings.reportArguments(indicator.at(WireNames.COHORT_TABLE),
              "indicator", indicator.value().id(), "table", id));
    }
  }
}
