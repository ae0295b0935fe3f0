package dev.kansen.validation.internal.rules;

import dev.kansen.model.Intervention;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
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
    for (int i = 0; i < index.programme().interventions().size(); i++) {
      Intervention intervention = index.programme().interventions().get(i);
      if (intervention.plannedReach().isPresent() && intervention.actualReach().isPresent()
          && intervention.plannedReach().get().unit() != intervention.actualReach().get().unit()) {
        findings.report(JsonPointer.of("interventions", i, "actualReach", "unit"), "Intervention \""
            + intervention.id() + "\" planned to reach " + intervention.plannedReach().get() + " but reports "
            + intervention.actualReach().get(), "intervention", intervention.id(),
            "planned", intervention.plannedReach().get().unit(), "actual", intervention.actualReach().get().unit());
      }
    }
  }
}
