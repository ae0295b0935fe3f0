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
      java.util.Optional<String> email = located.value().email();
      if (email.isPresent() && !ContactChannels.isEmail(email.get())) {
        findings.reportArguments(located.at("email"), "role", located.value().role(), "email", email.get());
      }
    }
  }
}
