package dev.kansen.validation.internal.rules;

import dev.kansen.model.Intervention;
import dev.kansen.model.Reach;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;

/** An intervention's actual reach is not many times its planned reach. */
final class ActualReachImplausible extends BuiltInRule {
  ActualReachImplausible() {
    super("ACTUAL_REACH_IMPLAUSIBLE", Severity.WARNING,
        "An intervention's actual reach is more than the context's reachFactor (3 unless set) times its planned"
            + " reach, counted in the same unit. That a reach is not negative is checked at construction"
            + " (NEGATIVE_COUNT); reaches in different units are left to REACH_UNIT_MISMATCH.",
        "360Giving-style plausibility check: a reach many times the plan is usually a typing error (an extra"
            + " digit) or a count of something else. WARNING: an intervention can be far more popular than planned.");
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (int i = 0; i < index.programme().interventions().size(); i++) {
      Intervention intervention = index.programme().interventions().get(i);
      if (intervention.plannedReach().isEmpty() || intervention.actualReach().isEmpty()) {
        continue;
      }
      Reach planned = intervention.plannedReach().get();
      Reach actual = intervention.actualReach().get();
      if (planned.unit() == actual.unit() && exceeds(actual.count(), context.reachFactor(), planned.count())) {
        findings.report(JsonPointer.of("interventions", i, "actualReach", "count"), "Intervention \""
            + intervention.id() + "\" reached " + actual + ", more than " + context.reachFactor()
            + " times the planned " + planned, "intervention", intervention.id(), "actual", actual.count(),
            "planned", planned.count(), "factor", context.reachFactor());
      }
    }
  }

  /** Whether {@code actual > factor * planned}, without overflow, for counts that are not negative. */
  static boolean exceeds(long actual, int factor, long planned) {
    return actual > 0 && (actual - 1) / factor >= planned;
  }
}
