package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Intervention;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** Planned and actual reach count the same thing. */
final class ReachUnitMismatch extends BuiltInRule {
  ReachUnitMismatch() {
    super(RuleCode.REACH_UNIT_MISMATCH);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Intervention> located : index.interventions()) {
      Intervention intervention = located.value();
      if (intervention.plannedReach().isPresent() && intervention.actualReach().isPresent()
          && intervention.plannedReach().get().unit() != intervention.actualReach().get().unit()) {
        findings.reportArguments(located.at(WireNames.ACTUAL_REACH, WireNames.UNIT), "intervention", intervention.id(),
            "planned", intervention.plannedReach().get().unit(), "actual", intervention.actualReach().get().unit(),
            "plannedCount", intervention.plannedReach().get().count(),
            "actualCount", intervention.actualReach().get().count());
      }
    }
  }
}
