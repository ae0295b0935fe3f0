package dev.kansen.analysis;

import dev.kansen.model.Grant;
import dev.kansen.model.Money;
import dev.kansen.model.Programme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The funding of a programme per calendar year, next to {@link FundingOverview}: for each year that
 * a grant states (an OAB grant is per calendar year), what was received, the own co-financing, what
 * was spent per spending category, carried over and repaid — so that a municipality can check the
 * figures it reports. Grants that state no year are left out; amounts are never converted between
 * currencies, so a year with grants in two currencies has an entry per currency.
 *
 * @param years per year and currency, by year, then currency in order of first appearance
 */
public record FundingPerYear(List<YearFunding> years) {
  private record Key(int year, Currency currency) {}

  /** Copies the list. */
  public FundingPerYear {
    years = List.copyOf(years);
  }

  /**
   * Computes the funding per year of a programme.
   *
   * @param programme the programme
   * @return its funding per year; empty when no grant states a year
   */
  public static FundingPerYear of(Programme programme) {
    Objects.requireNonNull(programme, "programme");
    Map<Key, List<GrantAccounts>> byYear = new LinkedHashMap<>();
    for (Grant grant : programme.grants()) {
      if (grant.year().isPresent()) {
        byYear.computeIfAbsent(new Key(grant.year().getAsInt(), GrantAccounts.currencyOf(grant)), k -> new ArrayList<>())
            .add(GrantAccounts.of(grant));
      }
    }
    List<YearFunding> years = new ArrayList<>(byYear.size());
    byYear.forEach((key, accounts) -> years.add(year(key, accounts)));
    years.sort(Comparator.comparingInt(YearFunding::year));
    return new FundingPerYear(years);
  }

  /**
   * @param year a calendar year
   * @return its funding, in each currency it has
   */
  public List<YearFunding> year(int year) {
    return years.stream().filter(y -> y.year() == year).toList();
  }

  /** @return whether no grant states a year */
  public boolean isEmpty() {
    return years.isEmpty();
  }

  private static YearFunding year(Key key, List<GrantAccounts> accounts) {
    Money zero = Money.zero(key.currency());
    Money awarded = zero;
    Money received = zero;
    Money coFinancing = zero;
    Money spent = zero;
    Money uncategorised = zero;
    Money carriedOver = zero;
    Money repaid = zero;
    boolean closed = true;
    Map<String, CategoryFunding> categories = new LinkedHashMap<>();
    for (GrantAccounts a : accounts) {
      awarded = awarded.plus(a.awarded());
      received = received.plus(a.received());
      coFinancing = coFinancing.plus(a.coFinancing());
      spent = spent.plus(a.spent());
      uncategorised = uncategorised.plus(a.uncategorised());
      carriedOver = carriedOver.plus(a.carriedOver());
      repaid = repaid.plus(a.repaid());
      closed &= a.closed();
      for (CategoryFunding c : a.categories()) {
        categories.merge(c.category(), c, CategoryFunding::plus);
      }
    }
    Money in = received.plus(coFinancing);
    Money out = spent.plus(carriedOver).plus(repaid);
    boolean over = out.compareTo(in) > 0;
    return new YearFunding(key.year(), key.currency(), accounts.stream().map(GrantAccounts::grant).toList(),
        awarded, received, coFinancing, spent, List.copyOf(categories.values()), uncategorised, carriedOver, repaid,
        over ? zero : in.minus(out), over ? out.minus(in) : zero, closed);
  }

  /**
   * @param year a calendar year
   * @param currency a currency
   * @return the year's funding in that currency, when there is any
   */
  public Optional<YearFunding> year(int year, Currency currency) {
    return years.stream().filter(y -> y.year() == year && y.currency().equals(currency)).findFirst();
  }
}
