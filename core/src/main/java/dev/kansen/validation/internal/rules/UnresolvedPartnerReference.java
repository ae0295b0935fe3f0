package dev.kansen.validation.internal.rules;

import dev.kansen.model.Intervention;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** Intervention leads and participants, partners' {@code partOf} and the alliance coordinator name programme partners. */
final class UnresolvedPartnerReference extends BuiltInRule {
  UnresolvedPartnerReference() {
    super(RuleCode.UNRESOLVED_PARTNER_REFERENCE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Programme programme = index.programme();
    programme.alliance().coordinator().ifPresent(id -> require(index, findings, id,
        JsonPointer.of("alliance", "coordinator"), "The alliance's coordinator"));
    for (int i = 0; i < programme.partners().size(); i++) {
      Partner partner = programme.partners().get(i);
      int at = i;
      partner.partOf().ifPresent(id -> require(index, findings, id, JsonPointer.of("partners", at, "partOf"),
          "Partner \"" + partner.id() + "\" is partOf"));
    }
    for (int i = 0; i < programme.interventions().size(); i++) {
      Intervention intervention = programme.interventions().get(i);
      require(index, findings, intervention.lead(), JsonPointer.of("interventions", i, "lead"),
          "Intervention \"" + intervention.id() + "\" has lead");
      for (int p = 0; p < intervention.participants().size(); p++) {
        require(index, findings, intervention.participants().get(p),
            JsonPointer.of("interventions", i, "participants", p),
            "Intervention \"" + intervention.id() + "\" has participant");
      }
    }
  }

  private static void require(ProgrammeIndex index, Findings findings, String id, JsonPointer path, String what) {
    if (index.partner(id).isEmpty()) {
      findings.report(path, what + " \"" + id + "\", but no partner of the programme has that id", "partner", id);
    }
  }
}
