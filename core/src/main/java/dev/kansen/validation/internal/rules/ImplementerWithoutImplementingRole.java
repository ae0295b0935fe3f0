package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Intervention;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.Optional;

/** The partners that lead or take part in an intervention hold the IMPLEMENTING role. */
final class ImplementerWithoutImplementingRole extends BuiltInRule {
  ImplementerWithoutImplementingRole() {
    super(RuleCode.IMPLEMENTER_WITHOUT_IMPLEMENTING_ROLE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Intervention> located : index.interventions()) {
      Intervention intervention = located.value();
      if (intervention.lead().isPresent()) {
        check(index, intervention, intervention.lead().get(), "lead", located.at(WireNames.LEAD), findings);
      }
      for (int p = 0; p < intervention.participants().size(); p++) {
        check(index, intervention, intervention.participants().get(p), "participant",
            located.at(WireNames.PARTICIPANTS, p), findings);
      }
    }
  }

  private static void check(ProgrammeIndex index, Intervention intervention, String id, String variant,
      JsonPointer path, Findings findings) {
    Optional<Partner> partner = index.partner(id);
    if (partner.isPresent() && !partner.get().hasRole(PartnerRole.IMPLEMENTING)) {
      findings.reportVariant(path, variant, "intervention", intervention.id(), "partner", id,
          "roles", partner.get().roles());
    }
  }
}
