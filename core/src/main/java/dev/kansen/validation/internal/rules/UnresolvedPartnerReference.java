package dev.kansen.validation.internal.rules;

import dev.kansen.model.Intervention;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.Optional;

/** Intervention leads and participants, partners' {@code partOf} and the alliance coordinator name programme partners. */
final class UnresolvedPartnerReference extends BuiltInRule {
  UnresolvedPartnerReference() {
    super(RuleCode.UNRESOLVED_PARTNER_REFERENCE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Located<Programme> programme = index.located();
    Optional<String> coordinator = programme.value().alliance().coordinator();
    if (coordinator.isPresent()) {
      require(index, findings, coordinator.get(), programme.at("alliance", "coordinator"), "The alliance's coordinator");
    }
    for (Located<Partner> located : index.partners()) {
      Partner partner = located.value();
      if (partner.partOf().isPresent()) {
        require(index, findings, partner.partOf().get(), located.at("partOf"),
            "Partner \"" + partner.id() + "\" is partOf");
      }
    }
    for (Located<Intervention> located : index.interventions()) {
      Intervention intervention = located.value();
      if (index.partner(intervention.lead()).isEmpty()) {
        require(index, findings, intervention.lead(), located.at("lead"),
            "Intervention \"" + intervention.id() + "\" has lead");
      }
      for (int p = 0; p < intervention.participants().size(); p++) {
        if (index.partner(intervention.participants().get(p)).isEmpty()) {
          require(index, findings, intervention.participants().get(p), located.at("participants", p),
              "Intervention \"" + intervention.id() + "\" has participant");
        }
      }
    }
    participation(index, findings);
  }

  private static void participation(ProgrammeIndex index, Findings findings) {
    for (Located<dev.kansen.model.Participation> located : index.participation()) {
      if (located.value().organiser().isPresent()) {
        require(index, findings, located.value().organiser().get(), located.at("organiser"),
            "Participation \"" + located.value().id() + "\" has organiser");
      }
    }
  }

  private static void require(ProgrammeIndex index, Findings findings, String id, JsonPointer path, String what) {
    if (index.partner(id).isEmpty()) {
      findings.report(path, what + " \"" + id + "\", but no partner of the programme has that id", "partner", id);
    }
  }
}
