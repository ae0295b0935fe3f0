package dev.kansen.validation.internal.rules;

import dev.kansen.model.Allocation;
import dev.kansen.model.Grant;
import dev.kansen.model.Money;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
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
    for (int i = 0; i < index.programme().grants().size(); i++) {
      Grant grant = index.programme().grants().get(i);
      Money total = Money.zero(grant.amount().currency());
      for (int a = 0; a < grant.allocations().size(); a++) {
        Allocation allocation = grant.allocations().get(a);
        if (!allocation.amount().currency().equals(total.currency())) {
          continue;
        }
        total = total.plus(allocation.amount());
        if (total.compareTo(grant.amount()) > 0) {
          findings.report(JsonPointer.of("grants", i, "allocations", a, "amount"), "The allocations of grant \""
              + grant.id() + "\" add up to " + total + " with allocation " + a + ", more than the grant's "
              + grant.amount(), "grant", grant.id(), "allocated", total, "amount", grant.amount());
          break;
        }
      }
    }
  }
}
