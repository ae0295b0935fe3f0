package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Intervention;
import dev.kansen.model.Reach;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** An intervention's actual reach is not many times its planned reach. */
final class ActualReachImplausible extends BuiltInRule {
  ActualReachImplausible() {
    super(RuleCode.ACTUAL_REACH_IMPLAUSIBLE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Intervention> located : index.interventions()) {
      Intervention intervention = located.value();
      if (intervention.plannedReach().isEmpty() || intervention.actualReach().isEmpty()) {
        continue;
      }
      Reach planned = intervention.plannedReach().get();
      Reach actual = intervention.actualReach().get();
      if (planned.unit() == actual.unit() && exceeds(actual.count(), context.reachFactor(), planned.count())) {
        findings.reportArguments(located.at(WireNames.ACTUAL_REACH, WireNames.COUNT), "intervention", intervention.id(),
            "actual", actual.count(), "planned", planned.count(), "unit", actual.unit(), "factor", context.reachFactor());
      }
    }
  }

  /** Whether {@code actual > factor * planned}, without overflow, for counts that are not negative. */
  static boolean exceeds(long actual, int factor, long planned) {
    return actual > 0 && (actual - 1) / factor >= planned;
  }
}
