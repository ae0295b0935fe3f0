package dev.kansen.validation.internal.rules;

import dev.kansen.model.Grant;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
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
    for (int i = 0; i < index.programme().grants().size(); i++) {
      Grant grant = index.programme().grants().get(i);
      if (index.partner(grant.funder()).isEmpty()) {
        findings.report(JsonPointer.of("grants", i, "funder"), "Grant \"" + grant.id() + "\" has funder \""
            + grant.funder() + "\", but no partner of the programme has that id", "grant", grant.id(),
            "funder", grant.funder());
      }
    }
  }
}
