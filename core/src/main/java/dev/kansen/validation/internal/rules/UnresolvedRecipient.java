package dev.kansen.validation.internal.rules;

import dev.kansen.model.Grant;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;

/** A grant's recipient is a programme partner. */
final class UnresolvedRecipient extends BuiltInRule {
  UnresolvedRecipient() {
    super("UNRESOLVED_RECIPIENT", Severity.ERROR,
        "A grant's recipient names a partner id that no partner of the programme has.",
        "360Giving requires a recipient organisation on every grant: money whose destination is unknown cannot"
            + " be accounted for. ERROR.");
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (int i = 0; i < index.programme().grants().size(); i++) {
      Grant grant = index.programme().grants().get(i);
      if (index.partner(grant.recipient()).isEmpty()) {
        findings.report(JsonPointer.of("grants", i, "recipient"), "Grant \"" + grant.id() + "\" has recipient \""
            + grant.recipient() + "\", but no partner of the programme has that id", "grant", grant.id(),
            "recipient", grant.recipient());
      }
    }
  }
}
