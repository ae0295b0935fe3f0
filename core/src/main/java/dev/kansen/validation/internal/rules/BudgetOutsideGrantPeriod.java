package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.Grant;
import dev.kansen.validation.Findings;
import dev.kansen.validation.LocatedIn;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A grant's budget lines lie within the grant's period. */
final class BudgetOutsideGrantPeriod extends BuiltInRule {
  BudgetOutsideGrantPeriod() {
    super(RuleCode.BUDGET_OUTSIDE_GRANT_PERIOD);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (LocatedIn<Grant, BudgetLine> line : index.budgets()) {
      Grant grant = line.owner().value();
      if (grant.period().isEmpty() || Periods.inside(line.value().period(), grant.period().get())) {
        continue;
      }
      Periods.requireInside(line.value().period(), grant.period().get(), line.at(WireNames.PERIOD), findings,
          "line", line.index(), "grant", grant.id());
    }
  }
}
