package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
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
    for (Located<Intervention> located : index.interventions()) {
      Intervention intervention = located.value();
      boolean running = intervention.status() == InterventionStatus.IMPLEMENTATION
          || intervention.status() == InterventionStatus.SUSPENDED;
      if (running && intervention.actualStart().isEmpty()) {
        findings.reportArguments(located.at(WireNames.STATUS), "intervention", intervention.id(), "status", intervention.status());
      }
    }
  }
}
