package dev.kansen.validation.internal.rules;

import dev.kansen.model.Intervention;
import dev.kansen.model.Reach;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.Optional;

/** An intervention's planned and actual reach are at most its eligible population, counted in the same unit. */
final class ReachedMoreThanEligible extends BuiltInRule {
  ReachedMoreThanEligible() {
    super(RuleCode.REACHED_MORE_THAN_ELIGIBLE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Intervention> located : index.interventions()) {
      Intervention intervention = located.value();
      if (intervention.eligiblePopulation().isEmpty()) {
        continue;
      }
      Reach eligible = intervention.eligiblePopulation().get();
      check(located, "plannedReach", intervention.plannedReach(), eligible, findings);
      check(located, "actualReach", intervention.actualReach(), eligible, findings);
    }
  }

  private static void check(Located<Intervention> located, String property, Optional<Reach> reach, Reach eligible,
      Findings findings) {
    if (reach.isPresent() && reach.get().unit() == eligible.unit() && reach.get().count() > eligible.count()) {
      findings.reportVariant(located.at(property, "count"), property.equals("plannedReach") ? "planned" : "actual",
          "intervention", located.value().id(), "count", reach.get().count(), "unit", reach.get().unit(), "eligible", eligible.count());
    }
  }
}
