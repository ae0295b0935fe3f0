package dev.kansen.validation.internal.rules;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Intervention;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Located;
import dev.kansen.validation.LocatedFigure;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.Optional;

/** Intervention leads and participants, partners' {@code partOf}, breakdown cells' {@code partner} and the alliance coordinator name programme partners. */
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
      if (intervention.lead().isPresent() && index.partner(intervention.lead().get()).isEmpty()) {
        require(index, findings, intervention.lead().get(), located.at("lead"),
            "Intervention \"" + intervention.id() + "\" has lead");
      }
      for (int p = 0; p < intervention.participants().size(); p++) {
        if (index.partner(intervention.participants().get(p)).isEmpty()) {
          require(index, findings, intervention.participants().get(p), located.at("participants", p),
              "Intervention \"" + intervention.id() + "\" has participant");
        }
      }
    }
    for (LocatedFigure figure : index.figures()) {
      for (Located<Breakdown> cell : figure.breakdowns()) {
        if (cell.value().partner().isPresent()) {
          require(index, findings, cell.value().partner().get(), cell.at("partner"),
              "Breakdown cell \"" + cell.value().category() + "\" names partner");
        }
      }
    }
  }

  private static void require(ProgrammeIndex index, Findings findings, String id, JsonPointer path, String what) {
    if (index.partner(id).isEmpty()) {
      findings.report(path, what + " \"" + id + "\", but no partner of the programme has that id", "partner", id);
    }
  }
}
