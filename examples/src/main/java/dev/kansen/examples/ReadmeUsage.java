package dev.kansen.examples;

import dev.kansen.model.Alliance;
import dev.kansen.model.DateRange;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Money;
import dev.kansen.model.Municipality;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.Province;
import dev.kansen.model.Reach;
import dev.kansen.model.ReachUnit;

/**
 * The usage example of the README, compiled and run by {@code ReadmeUsageTest}, which also checks
 * that the README shows exactly the lines of {@code main} between the two marker comments.
 */
public final class ReadmeUsage {
  private ReadmeUsage() {}

  /**
   * Builds a small programme and prints its grant and its intervention.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // usage:start
    DateRange schoolYear = DateRange.of("2018-08-01", "2019-07-31");
    Programme programme = Programme.builder()
        .id("heerlen-2018").title("Gelijke kansen Heerlen").period(schoolYear)
        .alliance(Alliance.builder().name("Gelijke Kansen Alliantie").build())
        .addMunicipalities(Municipality.of("GM0917", "Heerlen", Province.LIMBURG))
        .addPartners(
            Partner.builder().id("limburg").name("Provincie Limburg")
                .type(OrganisationType.PROVINCE).addRoles(PartnerRole.FUNDING).build(),
            Partner.builder().id("heerlen").name("Gemeente Heerlen")
                .type(OrganisationType.MUNICIPALITY).addRoles(PartnerRole.ACCOUNTABLE).build())
        .addInterventions(Intervention.builder().id("warme-overdracht")
            .title("Warme overdracht vanuit de peuteropvang").type(InterventionType.WARM_HANDOVER)
            .lead("heerlen").planned(schoolYear).status(InterventionStatus.PIPELINE)
            .plannedReach(Reach.of(8, ReachUnit.SCHOOLS)).build())
        .addGrants(Grant.builder().id("bijdrage").funder("limburg").recipient("heerlen")
            .amount(Money.eur("50000")).period(schoolYear).build())
        .build();

    Grant grant = programme.grants().get(0);
    System.out.println(programme.partner(grant.funder()).orElseThrow().name() + " gives "
        + grant.amount() + " to " + programme.partner(grant.recipient()).orElseThrow().name());
    Intervention handover = programme.intervention("warme-overdracht").orElseThrow();
    System.out.println(handover.title() + ": " + handover.plannedReach().orElseThrow() + " planned");
    // usage:end
  }
}
