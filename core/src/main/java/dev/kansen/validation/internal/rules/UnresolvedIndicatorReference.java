package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Goal;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** Goals name indicators of the programme. */
final class UnresolvedIndicatorReference extends BuiltInRule {
  UnresolvedIndicatorReference() {
    super(RuleCode.UNRESOLVED_INDICATOR_REFERENCE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Goal> located : index.goals()) {
      Goal goal = located.value();
      for (int j = 0; j < goal.indicators().size(); j++) {
        String id = goal.indicators().get(j);
        if (index.indicator(id).isEmpty()) {
          findings.reportArguments(located.at(WireNames.INDICATORS, j), "goal", goal.id(), "indicator", id);
        }
      }
    }
  }
}
