package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
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
      require(index, findings, coordinator.get(), programme.at(WireNames.ALLIANCE, WireNames.COORDINATOR), "coordinator");
    }
    for (Located<Partner> located : index.partners()) {
      Partner partner = located.value();
      if (partner.partOf().isPresent()) {
        require(index, findings, partner.partOf().get(), located.at(WireNames.PART_OF), "partOf", "owner", partner.id());
      }
    }
    for (Located<Intervention> located : index.interventions()) {
      Intervention intervention = located.value();
      if (intervention.lead().isPresent()) {
        require(index, findings, intervention.lead().get(), located.at(WireNames.LEAD), "lead", "intervention", intervention.id());
      }
      for (int p = 0; p < intervention.participants().size(); p++) {
        String participant = intervention.participants().get(p);
        if (index.partnerPosition(participant).isEmpty()) {
          require(index, findings, participant, located.at(WireNames.PARTICIPANTS, p), "participant",
              "intervention", intervention.id());
        }
      }
    }
    for (LocatedFigure figure : index.figures()) {
      for (Located<Breakdown> cell : figure.breakdowns()) {
        if (cell.value().partner().isPresent()) {
          require(index, findings, cell.value().partner().get(), cell.at("partner"), "breakdown",
              "category", cell.value().category());
        }
      }
    }
    participation(index, findings);
  }

  private static void participation(ProgrammeIndex index, Findings findings) {
    for (Located<dev.kansen.model.Participation> located : index.participation()) {
      if (located.value().organiser().isPresent()) {
        require(index, findings, located.value().organiser().get(), located.at("organiser"), "organiser",
            "participation", located.value().id());
      }
    }
  }

  /** Reports with the kind of reference as the variant, naming {@code partner} besides the referrer. */
  private static void require(ProgrammeIndex index, Findings findings, String id, JsonPointer path, String variant,
      Object... referrer) {
    if (index.partner(id).isEmpty()) {
      Object[] named = java.util.Arrays.copyOf(referrer, referrer.length + 2);
      named[referrer.length] = "partner";
      named[referrer.length + 1] = id;
      findings.reportVariant(path, variant, named);
    }
  }
}
