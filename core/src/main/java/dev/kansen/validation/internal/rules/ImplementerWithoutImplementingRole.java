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
import java.util.List;
import java.util.Optional;

/** The partners that lead or take part in an intervention hold the IMPLEMENTING role. */
final class ImplementerWithoutImplementingRole extends BuiltInRule {
  ImplementerWithoutImplementingRole() {
    super(RuleCode.IMPLEMENTER_WITHOUT_IMPLEMENTING_ROLE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    List<Partner> partners = index.programme().partners();
    for (Located<Intervention> located : index.interventions()) {
      Intervention intervention = located.value();
      Optional<String> lead = intervention.lead();
      if (lead.isPresent()) {
        check(partners, index.leadPosition(located.index()), located, lead.get(), -1, findings);
      }
      List<String> participants = intervention.participants();
      for (int p = 0; p < participants.size(); p++) {
        check(partners, index.participantPosition(located.index(), p), located, participants.get(p), p, findings);
      }
    }
  }

  /**
   * @param position the position of the partner the reference names, or -1 for none
   * @param participant the participant's index, or -1 for the lead
   */
  private static void check(List<Partner> partners, int position, Located<Intervention> intervention, String id,
      int participant, Findings findings) {
    if (position < 0) {
      return;
    }
    Partner partner = partners.get(position);
    if (!partner.hasRole(PartnerRole.IMPLEMENTING)) {
      JsonPointer path = participant < 0 ? intervention.at(WireNames.LEAD)
          : intervention.at(WireNames.PARTICIPANTS, participant);
      findings.reportVariant(path, participant < 0 ? "lead" : "participant", "intervention", intervention.value().id(),
          "partner", id, "roles", partner.roles());
    }
  }
}
