package dev.kansen.validation.internal.rules;

import dev.kansen.model.Grant;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A grant states its amount. */
final class GrantWithoutAmount extends BuiltInRule {
  GrantWithoutAmount() {
    super(RuleCode.GRANT_WITHOUT_AMOUNT);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Grant> located : index.grants()) {
      if (located.value().amount().isEmpty()) {
        findings.reportArguments(located.path(), "grant", located.value().id());
      }
    }
  }
}
