package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Grant;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A grant's recipient is a programme partner. */
final class UnresolvedRecipient extends BuiltInRule {
  UnresolvedRecipient() {
    super(RuleCode.UNRESOLVED_RECIPIENT);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Grant> located : index.grants()) {
      Grant grant = located.value();
      if (index.partner(grant.recipient()).isEmpty()) {
        findings.reportArguments(located.at(WireNames.RECIPIENT), "grant", grant.id(), "recipient", grant.recipient());
      }
    }
  }
}
