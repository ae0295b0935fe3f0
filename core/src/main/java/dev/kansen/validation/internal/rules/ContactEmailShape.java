package dev.kansen.validation.internal.rules;

import dev.kansen.model.ContactPoint;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A contact point's e-mail address has the shape of one. */
final class ContactEmailShape extends BuiltInRule {
  ContactEmailShape() {
    super(RuleCode.CONTACT_EMAIL_SHAPE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<ContactPoint> located : index.contactPoints()) {
      located.value().email().filter(e -> !ContactChannels.isEmail(e)).ifPresent(e ->
          findings.reportArguments(located.at("email"), "role", located.value().role(), "email", e));
    }
  }
}
