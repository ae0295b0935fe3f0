package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Allocation;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.Transaction;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Located;
import dev.kansen.validation.LocatedIn;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.List;
import java.util.Optional;

/** Goals, indicators, allocations and transactions name interventions of the programme. */
final class UnresolvedInterventionReference extends BuiltInRule {
  UnresolvedInterventionReference() {
    super(RuleCode.UNRESOLVED_INTERVENTION_REFERENCE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Goal> goal : index.goals()) {
      each(index, findings, goal.value().interventions(), goal, "Goal \"" + goal.value().id() + "\"");
    }
    for (Located<Indicator> indicator : index.indicators()) {
      each(index, findings, indicator.value().interventions(), indicator,
          "Indicator \"" + indicator.value().id() + "\"");
    }
    for (LocatedIn<Grant, Allocation> allocation : index.allocations()) {
      require(index, findings, allocation.value().intervention(), allocation.at("intervention"),
          "An allocation of grant \"" + allocation.owner().value().id() + "\"");
    }
    for (LocatedIn<Grant, Transaction> transaction : index.transactions()) {
      Optional<String> id = transaction.value().intervention();
      if (id.isPresent()) {
        require(index, findings, id.get(), transaction.at("intervention"),
            "A transaction of grant \"" + transaction.owner().value().id() + "\"");
      }
    }
    for (Located<dev.kansen.model.Participation> participation : index.participation()) {
      each(index, findings, participation.value().interventions(), participation,
          "Participation \"" + participation.value().id() + "\"");
    }
  }

  private static void each(ProgrammeIndex index, Findings findings, List<String> ids, Located<?> owner, String who) {
    for (int j = 0; j < ids.size(); j++) {
      if (index.intervention(ids.get(j)).isEmpty()) {
        require(index, findings, ids.get(j), owner.at(WireNames.INTERVENTIONS, j), who);
      }
    }
  }

  private static void require(ProgrammeIndex index, Findings findings, String id, JsonPointer path, String who) {
    if (index.intervention(id).isEmpty()) {
      findings.report(path, who + " names intervention \"" + id + "\", but no intervention of the programme has that id",
          "intervention", id);
    }
  }
}
