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
      each(index, findings, goal.value().interventions(), goal, "goal", goal.value().id());
    }
    for (Located<Indicator> indicator : index.indicators()) {
      each(index, findings, indicator.value().interventions(), indicator, "indicator", indicator.value().id());
    }
    for (LocatedIn<Grant, Allocation> allocation : index.allocations()) {
      String id = allocation.value().intervention();
      if (index.interventionPosition(id).isEmpty()) {
        report(findings, id, allocation.at(WireNames.INTERVENTION), "allocation", allocation.owner().value().id());
      }
    }
    for (LocatedIn<Grant, Transaction> transaction : index.transactions()) {
      Optional<String> id = transaction.value().intervention();
      if (id.isPresent() && index.interventionPosition(id.get()).isEmpty()) {
        report(findings, id.get(), transaction.at(WireNames.INTERVENTION), "transaction",
            transaction.owner().value().id());
      }
    }
    for (Located<dev.kansen.model.Participation> participation : index.participation()) {
      each(index, findings, participation.value().interventions(), participation, "participation",
          participation.value().id());
    }
  }

  private static void each(ProgrammeIndex index, Findings findings, List<String> ids, Located<?> owner, String kind,
      String ownerId) {
    for (int j = 0; j < ids.size(); j++) {
      if (index.interventionPosition(ids.get(j)).isEmpty()) {
        report(findings, ids.get(j), owner.at(WireNames.INTERVENTIONS, j), kind, ownerId);
      }
    }
  }

  /**
   * Reports a reference to no intervention, with the kind of referrer ({@code goal}, {@code indicator}, {@code allocation},
   * {@code transaction}) as the variant; an allocation's or transaction's owner is its grant.
   */
  private static void report(Findings findings, String id, JsonPointer path, String kind, String ownerId) {
    String owner = kind.equals("allocation") || kind.equals("transaction") ? "grant" : kind;
    findings.reportVariant(path, kind, owner, ownerId, "intervention", id);
  }
}
