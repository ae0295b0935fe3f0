package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Grant;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.Optional;

/** A grant's funder holds the FUNDING role. */
final class FunderWithoutFundingRole extends BuiltInRule {
  FunderWithoutFundingRole() {
    super(RuleCode.FUNDER_WITHOUT_FUNDING_ROLE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Grant> located : index.grants()) {
      Grant grant = located.value();
      Optional<Partner> funder = index.partner(grant.funder());
      if (funder.isPresent() && !funder.get().hasRole(PartnerRole.FUNDING)) {
        findings.reportArguments(located.at(WireNames.FUNDER), "grant", grant.id(), "funder", grant.funder(), "roles", funder.get().roles());
      }
    }
  }
}
