package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Grant;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A grant awards some money. */
final class ZeroGrantAmount extends BuiltInRule {
  ZeroGrantAmount() {
    super(RuleCode.ZERO_GRANT_AMOUNT);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Grant> located : index.grants()) {
      Grant grant = located.value();
      if (grant.amount().isPresent() && grant.amount().get().isZero()) {
        findings.reportArguments(located.at(WireNames.AMOUNT), "grant", grant.id(), "amount", grant.amount().get());
      }
    }
  }
}
