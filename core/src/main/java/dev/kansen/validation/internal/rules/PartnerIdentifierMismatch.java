package dev.kansen.validation.internal.rules;

import dev.kansen.model.Partner;
import dev.kansen.model.id.Identifier;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;

/** A partner's identifiers are of schemes that fit its type. */
final class PartnerIdentifierMismatch extends BuiltInRule {
  PartnerIdentifierMismatch() {
    super("PARTNER_IDENTIFIER_MISMATCH", Severity.ERROR,
        "A partner carries an identifier of a scheme that does not fit its type: BRIN and RIO codes belong to"
            + " schools (primary, special, secondary, vocational, higher education) and school boards (DUO registers"
            + " a board that is itself an education provider, as a single-school board or an mbo or hbo institution"
            + " is, under the same codes), LRK numbers to childcare and"
            + " preschools, CBS municipality codes to municipalities, CBS province codes to provinces. KvK, OIN and"
            + " org-id fit every type; partners of type OTHER may carry any identifier.",
        "Domain: DUO registers schools (BRIN, RIO), the Landelijk Register Kinderopvang registers childcare (LRK),"
            + " CBS codes municipalities and provinces. An identifier of another register means the identifier or"
            + " the type is wrong. ERROR.");
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (int i = 0; i < index.programme().partners().size(); i++) {
      Partner partner = index.programme().partners().get(i);
      for (int j = 0; j < partner.identifiers().size(); j++) {
        Identifier identifier = partner.identifiers().get(j);
        if (!IdentifierFit.fits(identifier.scheme(), partner.type())) {
          findings.report(JsonPointer.of("partners", i, "identifiers", j), "Partner \"" + partner.id() + "\" is a "
              + partner.type() + " but carries " + identifier.scheme() + " identifier " + identifier.value()
              + ", which does not fit that type", "partner", partner.id(), "type", partner.type(),
              "scheme", identifier.scheme(), "identifier", identifier.value());
        }
      }
    }
  }
}
