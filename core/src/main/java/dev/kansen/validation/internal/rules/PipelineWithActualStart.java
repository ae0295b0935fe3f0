package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** An intervention still in the pipeline has not started. */
final class PipelineWithActualStart extends BuiltInRule {
  PipelineWithActualStart() {
    super(RuleCode.PIPELINE_WITH_ACTUAL_START);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Intervention> located : index.interventions()) {
      Intervention intervention = located.value();
      if (intervention.status() == InterventionStatus.PIPELINE && intervention.actualStart().isPresent()) {
        findings.reportArguments(located.at(WireNames.ACTUAL_START), "intervention", intervention.id(), "actualStart", intervention.actualStart().get());
      }
    }
  }
}
