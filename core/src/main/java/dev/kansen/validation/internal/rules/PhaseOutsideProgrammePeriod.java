package dev.kansen.validation.internal.rules;

import dev.kansen.model.DateRange;
import dev.kansen.model.Phase;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A phase of the action agenda lies inside the programme period. */
final class PhaseOutsideProgrammePeriod extends BuiltInRule {
  PhaseOutsideProgrammePeriod() {
    super(RuleCode.PHASE_OUTSIDE_PROGRAMME_PERIOD);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    if (index.programme().period().isEmpty()) {
      return;
    }
    DateRange programme = index.programme().period().get();
    for (Located<Phase> located : index.phases()) {
      DateRange phase = located.value().period();
      if (phase.start().isBefore(programme.start())) {
        findings.reportArguments(located.at("period", "start"), "phase", located.value().title(),
            "date", phase.start(), "period", programme);
      }
      if (phase.end().isAfter(programme.end())) {
        findings.reportArguments(located.at("period", "end"), "phase", located.value().title(),
            "date", phase.end(), "period", programme);
      }
    }
  }
}
