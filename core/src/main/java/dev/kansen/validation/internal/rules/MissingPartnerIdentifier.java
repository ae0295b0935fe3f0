package dev.kansen.validation.internal.rules;

import dev.kansen.model.Partner;
import dev.kansen.model.id.IdentifierScheme;
import dev.kansen.model.id.Identifier;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;

/** Schools carry a BRIN or RIO code, childcare an LRK number. */
final class MissingPartnerIdentifier extends BuiltInRule {
  MissingPartnerIdentifier() {
    super("MISSING_PARTNER_IDENTIFIER", Severity.WARNING,
        "A school (primary, special, secondary, vocational, higher education) has no BRIN or RIO code, or a"
            + " childcare organisation or preschool has no LRK number.",
        "Domain, after 360Giving's and IATI's recommendation to identify organisations by a registered"
            + " identifier: without one, the partner cannot be matched with DUO or LRK data. WARNING: the data is"
            + " incomplete, not wrong.");
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (int i = 0; i < index.programme().partners().size(); i++) {
      Partner partner = index.programme().partners().get(i);
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
        String expected = school ? "a BRIN or RIO code" : "an LRK number";
        findings.report(JsonPointer.of("partners", i, "identifiers"), "Partner \"" + partner.id() + "\" is a "
            + partner.type() + " but has no " + expected.substring(expected.indexOf(' ') + 1), "partner", partner.id(),
            "type", partner.type(), "expected", expected);
      }
    }
  }
}
