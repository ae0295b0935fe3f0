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
        check(index, located, intervention.lead().get(), "lead", -1, findings);
      }
      for (int p = 0; p < intervention.participants().size(); p++) {
        check(index, located, intervention.participants().get(p), "participant", p, findings);
      }
    }
  }

  /** @param participant the participant's index, or -1 for the lead */
  private static void check(ProgrammeIndex index, Located<Intervention> intervention, String id, String variant,
      int participant, Findings findings) {
    Optional<Partner> partner = index.partner(id);
    if (partner.isPresent() && !partner.get().hasRole(PartnerRole.IMPLEMENTING)) {
      JsonPointer path = participant < 0 ? intervention.at(WireNames.LEAD)
          : intervention.at(WireNames.PARTICIPANTS, participant);
      findings.reportVariant(path, variant, "intervention", intervention.value().id(), "partner", id,
          "roles", partner.get().roles());
    }
  }
}
