package dev.kansen.validation.internal.rules;

import dev.kansen.model.ContactPoint;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A contact point says how to reach it: an e-mail address or a telephone number. */
final class ContactPointWithoutChannel extends BuiltInRule {
  ContactPointWithoutChannel() {
    super(RuleCode.CONTACT_POINT_WITHOUT_CHANNEL);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<ContactPoint> located : index.contactPoints()) {
      if (located.value().email().isEmpty() && located.value().telephone().isEmpty()) {
        findings.reportArguments(located.path(), "role", located.value().role());
      }
    }
  }
}
