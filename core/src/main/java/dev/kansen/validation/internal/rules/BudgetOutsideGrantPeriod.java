package dev.kansen.validation.internal.rules;

import dev.kansen.model.Grant;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
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
    for (int i = 0; i < index.programme().grants().size(); i++) {
      Grant grant = index.programme().grants().get(i);
      for (int b = 0; b < grant.budgets().size(); b++) {
        Periods.requireInside(grant.budgets().get(b).period(), grant.period(),
            JsonPointer.of("grants", i, "budgets", b, "period"),
            "Budget line " + b + " of grant \"" + grant.id() + "\" is set", "the grant's period", findings);
      }
    }
  }
}
