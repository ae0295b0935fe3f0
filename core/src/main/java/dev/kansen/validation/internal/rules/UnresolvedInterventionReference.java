package dev.kansen.validation.internal.rules;

import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.Programme;
import dev.kansen.model.Transaction;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.List;

/** Goals, indicators, allocations and transactions name interventions of the programme. */
final class UnresolvedInterventionReference extends BuiltInRule {
  UnresolvedInterventionReference() {
    super(RuleCode.UNRESOLVED_INTERVENTION_REFERENCE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Programme programme = index.programme();
    for (int i = 0; i < programme.goals().size(); i++) {
      Goal goal = programme.goals().get(i);
      each(index, findings, goal.interventions(), JsonPointer.of("goals", i, "interventions"), "Goal \"" + goal.id() + "\"");
    }
    for (int i = 0; i < programme.indicators().size(); i++) {
      Indicator indicator = programme.indicators().get(i);
      each(index, findings, indicator.interventions(), JsonPointer.of("indicators", i, "interventions"),
          "Indicator \"" + indicator.id() + "\"");
    }
    for (int i = 0; i < programme.grants().size(); i++) {
      Grant grant = programme.grants().get(i);
      for (int a = 0; a < grant.allocations().size(); a++) {
        require(index, findings, grant.allocations().get(a).intervention(),
            JsonPointer.of("grants", i, "allocations", a, "intervention"), "An allocation of grant \"" + grant.id() + "\"");
      }
      for (int t = 0; t < grant.transactions().size(); t++) {
        Transaction transaction = grant.transactions().get(t);
        int at = t;
        int g = i;
        transaction.intervention().ifPresent(id -> require(index, findings, id,
            JsonPointer.of("grants", g, "transactions", at, "intervention"), "A transaction of grant \"" + grant.id() + "\""));
      }
    }
  }

  private static void each(ProgrammeIndex index, Findings findings, List<String> ids, JsonPointer path, String who) {
    for (int j = 0; j < ids.size(); j++) {
      require(index, findings, ids.get(j), path.index(j), who);
    }
  }

  private static void require(ProgrammeIndex index, Findings findings, String id, JsonPointer path, String who) {
    if (index.intervention(id).isEmpty()) {
      findings.report(path, who + " names intervention \"" + id + "\", but no intervention of the programme has that id",
          "intervention", id);
    }
  }
}
