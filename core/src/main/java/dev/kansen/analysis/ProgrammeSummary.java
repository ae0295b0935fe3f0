package dev.kansen.analysis;

import dev.kansen.model.Indicator;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Money;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures a reader wants first: partners by type and role, interventions by type and status,
 * funding by funder with the amounts allocated and left unallocated, and indicators with progress.
 * The money and the indicator figures come from {@link FundingOverview} and {@link IndicatorProgress};
 * this record counts partners and interventions and holds what every summary shows: the
 * {@code kansen summary} command's text and JSON, its HTML report and the examples' showcase. The
 * maps are unmodifiable copies.
 *
 * @param programme the programme summarised
 * @param disclosure the control deciding which figures and breakdown cells may be published: the linked
 *     control of {@code kansen-disclosure}, for every output alike
 * @param partnersByType organisation counts by organisation type, in the enum's order: a partner standing
 *     for a group counts as its {@code organisations}
 * @param partnersByRole organisation counts by role, in the enum's order, counted likewise
 * @param interventionsByType intervention counts by type
 * @param interventionsByStatus intervention counts by status
 * @param funding the money per grant, funder and intervention
 * @param indicators the progress of each indicator, one for each of {@code programme().indicators()}
 *     at the same position
 */
public record ProgrammeSummary(Programme programme, Disclosure disclosure,
    SortedMap<OrganisationType, Integer> partnersByType, SortedMap<PartnerRole, Integer> partnersByRole,
    SortedMap<InterventionType, Integer> interventionsByType,
    SortedMap<InterventionStatus, Integer> interventionsByStatus, FundingOverview funding,
    List<IndicatorProgress> indicators) {

  /** Copies the counts into unmodifiable maps and the progress into an unmodifiable list. */
  public ProgrammeSummary {
    partnersByType = Collections.unmodifiableSortedMap(new TreeMap<>(partnersByType));
    partnersByRole = Collections.unmodifiableSortedMap(new TreeMap<>(partnersByRole));
    interventionsByType = Collections.unmodifiableSortedMap(new TreeMap<>(interventionsByType));
    interventionsByStatus = Collections.unmodifiableSortedMap(new TreeMap<>(interventionsByStatus));
    indicators = List.copyOf(indicators);
  }

  /**
   * Summarises a programme.
   *
   * <p>Outputs that publish the summary pass the linked control of {@code kansen-disclosure}
   * ({@code LinkedDisclosure.summary(programme, threshold)} does both), which protects every
   * breakdown of a figure together.
   *
   * @param programme the programme
   * @param disclosure the control deciding which figures and breakdown cells may be published
   * @return the summary
   */
  public static ProgrammeSummary of(Programme programme, Disclosure disclosure) {
    SortedMap<PartnerRole, Integer> byRole = new TreeMap<>();
    programme.partners().forEach(p -> p.roles().forEach(r -> byRole.merge(r, p.organisationCount(), Integer::sum)));
    return new ProgrammeSummary(programme, disclosure,
        countOrganisations(programme.partners()),
        byRole,
        count(programme.interventions(), i -> i.type()),
        count(programme.interventions(), i -> i.status()),
        FundingOverview.of(programme),
        programme.indicators().stream().map(i -> IndicatorProgress.of(i, disclosure)).toList());
  }

  private static <T, K extends Enum<K>> SortedMap<K, Integer> count(List<T> items, Function<T, K> key) {
    SortedMap<K, Integer> counts = new TreeMap<>();
    items.forEach(item -> counts.merge(key.apply(item), 1, Integer::sum));
    return counts;
  }

  private static SortedMap<OrganisationType, Integer> countOrganisations(List<Partner> partners) {
    SortedMap<OrganisationType, Integer> counts = new TreeMap<>();
    partners.forEach(p -> counts.merge(p.type(), p.organisationCount(), Integer::sum));
    return counts;
  }

  /** @return the number of partners */
  public int partnerCount() {
    return programme.partners().size();
  }

  /** @return the number of organisations the partners stand for: a partner standing for a group counts as its organisations */
  public int organisationCount() {
    return programme.partners().stream().mapToInt(Partner::organisationCount).sum();
  }

  /** @return the number of interventions */
  public int interventionCount() {
    return programme.interventions().size();
  }

  /**
   * @param position a position in {@link #indicators()}
   * @return the indicator whose progress stands there
   */
  public Indicator indicator(int position) {
    return programme.indicators().get(position);
  }

  /**
   * @param funding a funder's totals
   * @return the funder's name, or its id when the id does not resolve to a partner
   */
  public String funderName(FunderFunding funding) {
    return programme.partner(funding.funder()).map(Partner::name).orElse(funding.funder());
  }

  /**
   * What is left unallocated as one signed amount, as the summary and the report show it.
   *
   * @param unallocated the amount left unallocated
   * @param overAllocated the amount allocated beyond the grants, in the same currency
   * @return {@code unallocated − overAllocated}: negative when more is allocated than granted
   */
  public static BigDecimal unallocated(Money unallocated, Money overAllocated) {
    return unallocated.amount().subtract(overAllocated.amount());
  }

  /**
   * The progress shown: the analysis' percentage rounded to a whole percent.
   *
   * @param progress an indicator's progress
   * @return how far its latest actual has come from the baseline toward the target, in whole
   *     percent, half-even; empty where the analysis defines no progress
   */
  public static Optional<BigDecimal> wholePercent(IndicatorProgress progress) {
    return progress.latestPercent().map(p -> p.setScale(0, RoundingMode.HALF_EVEN));
  }
}
