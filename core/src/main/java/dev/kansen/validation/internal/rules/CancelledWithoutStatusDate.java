package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A cancelled intervention records when it was cancelled. */
final class CancelledWithoutStatusDate extends BuiltInRule {
  CancelledWithoutStatusDate() {
    super(RuleCode.CANCELLED_WITHOUT_STATUS_DATE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Intervention> located : index.interventions()) {
      Intervention intervention = located.value();
      if (intervention.status() == InterventionStatus.CANCELLED && intervention.statusDate().isEmpty()) {
        findings.reportArguments(located.at(WireNames.STATUS), "intervention", intervention.id());
      }
    }
  }
}
