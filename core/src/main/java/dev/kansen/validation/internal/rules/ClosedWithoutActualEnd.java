package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A closed intervention records when it ended. */
final class ClosedWithoutActualEnd extends BuiltInRule {
  ClosedWithoutActualEnd() {
    super(RuleCode.CLOSED_WITHOUT_ACTUAL_END);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Intervention> located : index.interventions()) {
      Intervention intervention = located.value();
      if (intervention.status() == InterventionStatus.CLOSED && intervention.actualEnd().isEmpty()) {
        findings.reportArguments(located.at(WireNames.STATUS), "intervention", intervention.id(), "status", intervention.status());
      }
    }
  }
}
