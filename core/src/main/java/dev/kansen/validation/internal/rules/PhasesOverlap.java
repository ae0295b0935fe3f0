package dev.kansen.validation.internal.rules;

import dev.kansen.model.DateRange;
import dev.kansen.model.Phase;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The phases of an action agenda follow one another without sharing a day. Sorted by start (then
 * document order), each phase is compared with the latest-ending phase before it, so the check takes
 * n log n steps; the later-starting phase of an overlapping pair is reported.
 */
final class PhasesOverlap extends BuiltInRule {
  PhasesOverlap() {
    super(RuleCode.PHASES_OVERLAP);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    List<Located<Phase>> phases = new ArrayList<>(index.phases());
    if (phases.size() < 2) {
      return;
    }
    phases.sort(Comparator.comparing((Located<Phase> p) -> p.value().period().start()).thenComparingInt(Located::index));
    Located<Phase> reach = null;
    for (Located<Phase> phase : phases) {
      DateRange period = phase.value().period();
      if (reach != null && !period.start().isAfter(reach.value().period().end())) {
        findings.reportArguments(phase.at("period"), "phase", phase.value().title(), "period", period,
            "other", reach.value().title(), "otherPeriod", reach.value().period());
      }
      if (reach == null || period.end().isAfter(reach.value().period().end())) {
        reach = phase;
      }
    }
  }
}
