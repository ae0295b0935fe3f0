package dev.kansen.validation.internal.rules;

import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A running intervention records when it started. */
final class RunningWithoutActualStart extends BuiltInRule {
  RunningWithoutActualStart() {
    super(RuleCode.RUNNING_WITHOUT_ACTUAL_START);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (int i = 0; i < index.programme().interventions().size(); i++) {
      Intervention intervention = index.programme().interventions().get(i);
      boolean running = intervention.status() == InterventionStatus.IMPLEMENTATION
          || intervention.status() == InterventionStatus.SUSPENDED;
      if (running && intervention.actualStart().isEmpty()) {
        findings.report(JsonPointer.of("interventions", i, "status"), "Intervention \"" + intervention.id()
            + "\" has status " + intervention.status() + " but no actualStart", "intervention", intervention.id(),
            "status", intervention.status());
      }
    }
  }
}
