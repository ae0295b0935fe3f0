package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Allocation;
import dev.kansen.model.Grant;
import dev.kansen.model.Money;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.LocatedIn;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** The allocations of a grant to interventions add up to no more than the grant. */
final class AllocationsExceedGrant extends BuiltInRule {
  AllocationsExceedGrant() {
    super(RuleCode.ALLOCATIONS_EXCEED_GRANT);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Located<Grant> current = null;
    Money total = null;
    boolean reported = false;
    for (LocatedIn<Grant, Allocation> allocation : index.allocations()) {
      Grant grant = allocation.owner().value();
      if (grant.amount().isEmpty()) {
        continue;
      }
      if (allocation.owner() != current) {
        current = allocation.owner();
        total = Money.zero(grant.amount().get().currency());
        reported = false;
      }
      if (reported || !allocation.value().amount().currency().equals(total.currency())) {
        continue;
      }
      total = total.plus(allocation.value().amount());
      if (total.compareTo(grant.amount().get()) > 0) {
        findings.reportArguments(allocation.at(WireNames.AMOUNT), "grant", grant.id(), "allocated", total, "amount", grant.amount().get(), "allocation", allocation.index());
        reported = true;
      }
    }
  }
}
