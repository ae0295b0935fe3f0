package dev.kansen.validation.internal.rules;

import dev.kansen.model.Phase;
import dev.kansen.model.WireNames;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.List;

/** Every goal a phase names is a goal of the programme. */
final class UnresolvedGoalReference extends BuiltInRule {
  UnresolvedGoalReference() {
    super(RuleCode.UNRESOLVED_GOAL_REFERENCE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Phase> located : index.phases()) {
      List<String> goals = located.value().goals();
      for (int g = 0; g < goals.size(); g++) {
        if (index.goal(goals.get(g)).isEmpty()) {
          findings.reportArguments(located.at(WireNames.GOALS, g), "phase", located.value().title(), "goal", goals.get(g));
        }
      }
    }
  }
}
