package dev.kansen.validation.internal.rules;

import dev.kansen.model.Grant;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
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
    for (int i = 0; i < index.programme().grants().size(); i++) {
      Grant grant = index.programme().grants().get(i);
      if (grant.amount().isZero()) {
        findings.report(JsonPointer.of("grants", i, "amount"), "Grant \"" + grant.id() + "\" awards "
            + grant.amount(), "grant", grant.id(), "amount", grant.amount());
      }
    }
  }
}
