package dev.kansen.validation.internal.rules;

import dev.kansen.model.ContactPoint;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A contact point's telephone number has the shape of one. */
final class ContactTelephoneShape extends BuiltInRule {
  ContactTelephoneShape() {
    super(RuleCode.CONTACT_TELEPHONE_SHAPE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<ContactPoint> located : index.contactPoints()) {
      java.util.Optional<String> telephone = located.value().telephone();
      if (telephone.isPresent() && !ContactChannels.isTelephone(telephone.get())) {
        findings.reportArguments(located.at("telephone"), "role", located.value().role(), "telephone", telephone.get(),
            "min", ContactChannels.MIN_DIGITS, "max", ContactChannels.MAX_DIGITS);
      }
    }
  }
}
