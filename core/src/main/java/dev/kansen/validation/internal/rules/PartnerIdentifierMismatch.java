package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Partner;
import dev.kansen.model.id.Identifier;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A partner's identifiers are of schemes that fit its type. */
final class PartnerIdentifierMismatch extends BuiltInRule {
  PartnerIdentifierMismatch() {
    super(RuleCode.PARTNER_IDENTIFIER_MISMATCH);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Partner> located : index.partners()) {
      Partner partner = located.value();
      for (int j = 0; j < partner.identifiers().size(); j++) {
        Identifier identifier = partner.identifiers().get(j);
        if (!IdentifierFit.fits(identifier.scheme(), partner.type())) {
          findings.reportArguments(located.at(WireNames.IDENTIFIERS, j), "partner", partner.id(), "type", partner.type(), "scheme", identifier.scheme(), "identifier", identifier.value());
        }
      }
    }
  }
}
