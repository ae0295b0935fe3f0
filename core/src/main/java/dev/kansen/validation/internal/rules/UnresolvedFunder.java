package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Grant;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A grant's funder is a programme partner. */
final class UnresolvedFunder extends BuiltInRule {
  UnresolvedFunder() {
    super(RuleCode.UNRESOLVED_FUNDER);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Grant> located : index.grants()) {
      Grant grant = located.value();
      if (index.partner(grant.funder()).isEmpty()) {
        findings.reportArguments(located.at(WireNames.FUNDER), "grant", grant.id(), "funder", grant.funder());
      }
    }
  }
}
