package dev.kansen.validation.internal.rules;

import dev.kansen.model.Goal;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
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
    for (int i = 0; i < index.programme().goals().size(); i++) {
      Goal goal = index.programme().goals().get(i);
      for (int j = 0; j < goal.indicators().size(); j++) {
        String id = goal.indicators().get(j);
        if (index.indicator(id).isEmpty()) {
          findings.report(JsonPointer.of("goals", i, "indicators", j), "Goal \"" + goal.id() + "\" names indicator \""
              + id + "\", but no indicator of the programme has that id", "goal", goal.id(), "indicator", id);
        }
      }
    }
  }
}
