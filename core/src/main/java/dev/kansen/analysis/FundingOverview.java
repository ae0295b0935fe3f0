package dev.kansen.analysis;

import dev.kansen.model.Allocation;
import dev.kansen.model.Grant;
import dev.kansen.model.Money;
import dev.kansen.model.Programme;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The money of a programme: per grant, per funder and per intervention, every sum in one currency.
 * Amounts in different currencies are never added up — kansen does not convert — so totals are
 * grouped by currency instead; a Dutch programme has only euros, and then one total each.
 *
 * <p>Sums are exact ({@link Money#plus}), at the currency's precision. The order is deterministic:
 * grants in the programme's order, funders and interventions in order of first appearance among the
 * grants (and, for one funder or intervention, its currencies likewise).
 *
 * @param grants each grant's money, in the programme's order
 * @param funders each funder's totals per currency
 * @param interventions each intervention's allocated total per currency
 */
public record FundingOverview(List<GrantFunding> grants, List<FunderFunding> funders,
    List<InterventionFunding> interventions) {
  /** A funder's or intervention's id with a currency: what totals are grouped by. */
  private record Key(String id, Currency currency) {}

  /** Copies the lists. */
  public FundingOverview {
    grants = List.copyOf(grants);
    funders = List.copyOf(funders);
    interventions = List.copyOf(interventions);
  }

  /**
   * Computes the money of a programme.
   *
   * @param programme the programme
   * @return its funding; empty lists when it has no grants
   */
  public static FundingOverview of(Programme programme) {
    List<GrantFunding> grants = programme.grants().stream().map(FundingOverview::grant).toList();
    Map<Key, List<GrantFunding>> byFunder = new LinkedHashMap<>();
    grants.forEach(g -> byFunder.computeIfAbsent(new Key(g.funder(), g.currency()), k -> new ArrayList<>()).add(g));
    List<FunderFunding> funders = byFunder.values().stream().map(FundingOverview::funder).toList();

    Map<Key, List<Allocation>> allocations = new LinkedHashMap<>();
    Map<Key, Set<String>> allocatingGrants = new LinkedHashMap<>();
    for (Grant grant : programme.grants()) {
      for (Allocation a : grant.allocations()) {
        Key key = new Key(a.intervention(), a.amount().currency());
        allocations.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        allocatingGrants.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(grant.id());
      }
    }
    List<InterventionFunding> interventions = allocations.entrySet().stream()
        .map(e -> new InterventionFunding(e.getKey().id(), List.copyOf(allocatingGrants.get(e.getKey())),
            sum(e.getKey().currency(), e.getValue(), Allocation::amount)))
        .toList();
    return new FundingOverview(grants, funders, interventions);
  }

  /** @return the currencies of the grants, in order of first appearance */
  public List<Currency> currencies() {
    return List.copyOf(grants.stream().map(GrantFunding::currency).collect(LinkedHashSet::new, Set::add, Set::addAll));
  }

  /** @return the total awarded per currency, in the order of {@link #currencies()} */
  public List<Money> granted() {
    return perCurrency(GrantFunding::amount);
  }

  /** @return the total allocated to interventions per currency, in the order of {@link #currencies()} */
  public List<Money> allocated() {
    return perCurrency(GrantFunding::allocated);
  }

  private List<Money> perCurrency(Function<GrantFunding, Money> amount) {
    return currencies().stream()
        .map(c -> sum(c, grants.stream().filter(g -> g.currency().equals(c)).toList(), amount))
        .toList();
  }

  private static GrantFunding grant(Grant grant) {
    Money amount = grant.amount().orElseGet(() -> Money.zero(currencyOf(grant)));
    Currency currency = amount.currency();
    List<Allocation> own = grant.allocations().stream().filter(a -> a.amount().currency().equals(currency)).toList();
    List<Transaction> booked = grant.transactions().stream()
        .filter(t -> t.amount().currency().equals(currency)).toList();
    boolean mixed = own.size() < grant.allocations().size() || booked.size() < grant.transactions().size();
    Money allocated = sum(currency, own, Allocation::amount);
    boolean over = allocated.compareTo(amount) > 0;
    Money zero = Money.zero(currency);
    return new GrantFunding(grant.id(), grant.funder(), grant.recipient(), amount, allocated,
        over ? zero : amount.minus(allocated), over ? allocated.minus(amount) : zero,
        transactions(currency, booked, TransactionType.COMMITMENT),
        transactions(currency, booked, TransactionType.DISBURSEMENT),
        transactions(currency, booked, TransactionType.EXPENDITURE),
        List.copyOf(grant.allocations().stream().map(Allocation::intervention)
            .collect(LinkedHashSet::new, Set::add, Set::addAll)),
        mixed);
  }

  /**
   * The currency of a grant whose amount is not known: that of its first allocation, budget line or
   * transaction, or euros. Such a grant counts as zero awarded; the validator reports it.
   */
  private static Currency currencyOf(Grant grant) {
    return grant.allocations().stream().map(a -> a.amount().currency()).findFirst()
        .or(() -> grant.budgets().stream().map(b -> b.amount().currency()).findFirst())
        .or(() -> grant.transactions().stream().map(t -> t.amount().currency()).findFirst())
        .orElse(Money.EUR);
  }

  private static FunderFunding funder(List<GrantFunding> grants) {
    GrantFunding first = grants.get(0);
    Currency c = first.currency();
    return new FunderFunding(first.funder(), grants.stream().map(GrantFunding::grant).toList(),
        sum(c, grants, GrantFunding::amount), sum(c, grants, GrantFunding::allocated),
        sum(c, grants, GrantFunding::unallocated), sum(c, grants, GrantFunding::overAllocated),
        sum(c, grants, GrantFunding::committed), sum(c, grants, GrantFunding::disbursed),
        sum(c, grants, GrantFunding::spent));
  }

  private static Money transactions(Currency currency, List<Transaction> transactions, TransactionType type) {
    return sum(currency, transactions.stream().filter(t -> t.type() == type).toList(), Transaction::amount);
  }

  private static <T> Money sum(Currency currency, List<T> items, Function<T, Money> amount) {
    Money total = Money.zero(currency);
    for (T item : items) {
      total = total.plus(Objects.requireNonNull(amount.apply(item)));
    }
    return total;
  }
}
