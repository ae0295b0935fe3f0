package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Partner;
import dev.kansen.model.id.Identifier;
import dev.kansen.model.id.IdentifierScheme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** Schools carry a BRIN or RIO code, childcare an LRK number. */
final class MissingPartnerIdentifier extends BuiltInRule {
  MissingPartnerIdentifier() {
    super(RuleCode.MISSING_PARTNER_IDENTIFIER);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Partner> located : index.partners()) {
      Partner partner = located.value();
      boolean school = IdentifierFit.SCHOOLS.contains(partner.type());
      boolean childcare = IdentifierFit.CHILDCARE.contains(partner.type());
      if (!school && !childcare) {
        continue;
      }
      boolean found = false;
      for (Identifier identifier : partner.identifiers()) {
        found |= school ? IdentifierFit.EDUCATION_SCHEMES.contains(identifier.scheme())
            : identifier.scheme() == IdentifierScheme.LRK;
      }
      if (!found) {
        findings.reportVariant(located.at(WireNames.IDENTIFIERS), school ? "school" : "childcare", "partner", partner.id(),
            "type", partner.type());
      }
    }
  }
}
