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
import java.util.List;
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
    if (coordinator.isPresent() && index.partnerPosition(coordinator.get()).isEmpty()) {
      report(findings, coordinator.get(), programme.at(WireNames.ALLIANCE, WireNames.COORDINATOR), "coordinator");
    }
    for (Located<Partner> located : index.partners()) {
      Partner partner = located.value();
      Optional<String> partOf = partner.partOf();
      if (partOf.isPresent() && index.partOfPosition(located.index()) < 0) {
        report(findings, partOf.get(), located.at(WireNames.PART_OF), "partOf", "owner", partner.id());
      }
    }
    for (Located<Intervention> located : index.interventions()) {
      Intervention intervention = located.value();
      Optional<String> lead = intervention.lead();
      if (lead.isPresent() && index.leadPosition(located.index()) < 0) {
        report(findings, lead.get(), located.at(WireNames.LEAD), "lead", "intervention", intervention.id());
      }
      List<String> participants = intervention.participants();
      for (int p = 0; p < participants.size(); p++) {
        if (index.participantPosition(located.index(), p) < 0) {
          report(findings, participants.get(p), located.at(WireNames.PARTICIPANTS, p), "participant",
              "intervention", intervention.id());
        }
      }
    }
    for (LocatedFigure figure : index.figures()) {
      List<Breakdown> cells = figure.value().breakdowns();
      for (int c = 0; c < cells.size(); c++) {
        Breakdown cell = cells.get(c);
        Optional<String> partner = cell.partner();
        if (partner.isPresent() && index.partnerPosition(partner.get()).isEmpty()) {
          report(findings, partner.get(), figure.breakdowns().get(c).at("partner"), "breakdown",
              "category", cell.category());
        }
      }
    }
    for (Located<dev.kansen.model.Participation> located : index.participation()) {
      Optional<String> organiser = located.value().organiser();
      if (organiser.isPresent() && index.partnerPosition(organiser.get()).isEmpty()) {
        report(findings, organiser.get(), located.at("organiser"), "organiser", "participation", located.value().id());
      }
    }
  }

  /**
   * Reports a reference to no partner, with the kind of reference as the variant, naming
   * {@code partner} besides the referrer. Called only for a finding, so its pointer is made only then.
   */
  private static void report(Findings findings, String id, JsonPointer path, String variant, Object... referrer) {
    Object[] named = java.util.Arrays.copyOf(referrer, referrer.length + 2);
    named[referrer.length] = "partner";
    named[referrer.length + 1] = id;
    findings.reportVariant(path, variant, named);
  }
}
