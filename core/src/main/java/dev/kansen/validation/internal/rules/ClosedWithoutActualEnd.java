package dev.kansen.validation.internal.rules;

import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;

/** An intervention whose activities have ended records when they ended. */
final class ClosedWithoutActualEnd extends BuiltInRule {
  ClosedWithoutActualEnd() {
    super("CLOSED_WITHOUT_ACTUAL_END", Severity.ERROR,
        "An intervention with status CLOSED or FINALISATION has no actualEnd.",
        "IATI activity status: finalisation and closed mean the activities have ended, so the actual end date is"
            + " known. The status and the dates contradict each other. ERROR.");
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (int i = 0; i < index.programme().interventions().size(); i++) {
      Intervention intervention = index.programme().interventions().get(i);
      boolean ended = intervention.status() == InterventionStatus.CLOSED
          || intervention.status() == InterventionStatus.FINALISATION;
      if (ended && intervention.actualEnd().isEmpty()) {
        findings.report(JsonPointer.of("interventions", i, "status"), "Intervention \"" + intervention.id()
            + "\" has status " + intervention.status() + " but no actualEnd", "intervention", intervention.id(),
            "status", intervention.status());
      }
    }
  }
}
