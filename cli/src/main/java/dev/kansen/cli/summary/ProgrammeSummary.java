package dev.kansen.cli.summary;

import dev.kansen.model.Allocation;
import dev.kansen.model.Grant;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.InterventionType;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures a reader wants first: partners by type and role, interventions by type and status,
 * funding by funder with the amounts allocated and left unallocated, and indicators with progress.
 *
 * @param programme the programme summarised
 * @param partnersByType partner counts by organisation type, in the enum's order
 * @param partnersByRole partner counts by role, in the enum's order
 * @param interventionsByType intervention counts by type
 * @param interventionsByStatus intervention counts by status
 * @param funding totals by funder and currency, in order of first appearance
 * @param indicators progress of each indicator, in the programme's order
 */
public record ProgrammeSummary(Programme programme, SortedMap<OrganisationType, Integer> partnersByType,
    SortedMap<PartnerRole, Integer> partnersByRole, SortedMap<InterventionType, Integer> interventionsByType,
    SortedMap<InterventionStatus, Integer> interventionsByStatus, List<FundingTotal> funding,
    List<IndicatorProgress> indicators) {

  /**
   * Summarises a programme.
   *
   * @param programme the programme
   * @param smallCellThreshold the smallest number of pupils a published figure may rest on
   * @return the summary
   */
  public static ProgrammeSummary of(Programme programme, int smallCellThreshold) {
    SortedMap<PartnerRole, Integer> byRole = new TreeMap<>();
    programme.partners().forEach(p -> p.roles().forEach(r -> byRole.merge(r, 1, Integer::sum)));
    return new ProgrammeSummary(programme,
        count(programme.partners(), Partner::type),
        byRole,
        count(programme.interventions(), i -> i.type()),
        count(programme.interventions(), i -> i.status()),
        funding(programme),
        programme.indicators().stream().map(i -> IndicatorProgress.of(i, smallCellThreshold)).toList());
  }

  private static <T, K extends Enum<K>> SortedMap<K, Integer> count(List<T> items, Function<T, K> key) {
    SortedMap<K, Integer> counts = new TreeMap<>();
    items.forEach(item -> counts.merge(key.apply(item), 1, Integer::sum));
    return counts;
  }

  private static List<FundingTotal> funding(Programme programme) {
    Map<String, FundingTotal> totals = new LinkedHashMap<>();
    for (Grant grant : programme.grants()) {
      Currency currency = grant.amount().currency();
      BigDecimal allocated = grant.allocations().stream()
          .map(Allocation::amount)
          .filter(m -> m.currency().equals(currency))
          .map(m -> m.amount())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      String name = programme.partner(grant.funder()).map(Partner::name).orElse(grant.funder());
      totals.merge(grant.funder() + " " + currency.getCurrencyCode(),
          new FundingTotal(grant.funder(), name, currency, 1, grant.amount().amount(), allocated),
          (a, b) -> new FundingTotal(a.funder(), a.funderName(), a.currency(), a.grants() + b.grants(),
              a.granted().add(b.granted()), a.allocated().add(b.allocated())));
    }
    return new ArrayList<>(totals.values());
  }

  /** @return the number of partners */
  public int partnerCount() {
    return programme.partners().size();
  }

  /** @return the number of interventions */
  public int interventionCount() {
    return programme.interventions().size();
  }

  /** @return the total granted per currency */
  public Map<Currency, BigDecimal> grantedByCurrency() {
    Map<Currency, BigDecimal> sums = new LinkedHashMap<>();
    funding.forEach(f -> sums.merge(f.currency(), f.granted(), BigDecimal::add));
    return sums;
  }
}
