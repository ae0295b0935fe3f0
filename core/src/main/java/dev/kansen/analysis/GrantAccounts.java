package dev.kansen.analysis;

import dev.kansen.model.BudgetLine;
import dev.kansen.model.BudgetType;
import dev.kansen.model.Grant;
import dev.kansen.model.Money;
import dev.kansen.model.Repayment;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The accounts of one grant as a municipality reports them for a year of a specific grant such as
 * OAB: what came in (disbursements received, and its own co-financing) against what went out
 * (expenditure, the amount carried over to the next year, repayments), with expenditure per
 * spending category. Everything in the grant's currency; amounts in another currency are left out
 * (the validator reports them as {@code MIXED_CURRENCIES}).
 *
 * @param grant the grant's id
 * @param year the calendar year the grant is for, when it states one
 * @param currency the grant's currency
 * @param awarded the grant's amount
 * @param received the disbursements under the grant (incoming funds and reimbursements among them)
 * @param coFinancing the recipient's own money added, zero when not stated
 * @param spent the expenditure under the grant, paid from the grant and the co-financing together
 * @param categories budget, expenditure and repayments per spending category, in order of first appearance
 *     (budget lines, then transactions, then repayments)
 * @param uncategorised the expenditure without a category
 * @param carriedOver the amount carried over to the next year, zero when not stated
 * @param repaid the repayments
 * @param closed whether the grant states its carry-over or a repayment, and so states its year's accounts closed
 */
public record GrantAccounts(String grant, OptionalInt year, Currency currency, Money awarded, Money received,
    Money coFinancing, Money spent, List<CategoryFunding> categories, Money uncategorised, Money carriedOver,
    Money repaid, boolean closed) {
  /** Checks the parts and copies the list. */
  public GrantAccounts {
    Objects.requireNonNull(grant, "grant");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(currency, "currency");
    categories = List.copyOf(categories);
  }

  /**
   * The currency a grant's accounts are kept in: its amount's, or, when the amount is not known,
   * its first transaction's, or euros.
   */
  static Currency currencyOf(Grant grant) {
    return grant.amount().map(Money::currency).orElseGet(() -> grant.transactions().stream()
        .map(t -> t.amount().currency()).findFirst().orElse(Currency.getInstance("EUR")));
  }

  /**
   * Computes a grant's accounts.
   *
   * @param grant the grant
   * @return its accounts
   */
  public static GrantAccounts of(Grant grant) {
    Currency currency = currencyOf(grant);
    Money zero = Money.zero(currency);
    Money received = zero;
    Money spent = zero;
    Money uncategorised = zero;
    Map<String, Money[]> byCategory = new LinkedHashMap<>();
    Set<String> revised = new LinkedHashSet<>();
    for (BudgetLine line : grant.budgets()) {
      if (line.type() == BudgetType.REVISED && line.category().isPresent()) {
        revised.add(line.category().get());
      }
    }
    for (BudgetLine line : grant.budgets()) {
      if (line.category().isEmpty() || !line.amount().currency().equals(currency)) {
        continue;
      }
      String category = line.category().get();
      boolean counts = revised.contains(category) ? line.type() == BudgetType.REVISED : line.type() == BudgetType.ORIGINAL;
      Money[] sums = byCategory.computeIfAbsent(category, c -> new Money[] {zero, zero, zero});
      if (counts) {
        sums[0] = sums[0].plus(line.amount());
      }
    }
    for (Transaction t : grant.transactions()) {
      if (!t.amount().currency().equals(currency)) {
        continue;
      }
      if (t.type() == TransactionType.DISBURSEMENT) {
        received = received.plus(t.amount());
      } else if (t.type() == TransactionType.EXPENDITURE) {
        spent = spent.plus(t.amount());
        if (t.category().isPresent()) {
          Money[] sums = byCategory.computeIfAbsent(t.category().get(), c -> new Money[] {zero, zero, zero});
          sums[1] = sums[1].plus(t.amount());
        } else {
          uncategorised = uncategorised.plus(t.amount());
        }
      }
    }
    Money repaid = zero;
    for (Repayment r : grant.repayments()) {
      if (!r.amount().currency().equals(currency)) {
        continue;
      }
      repaid = repaid.plus(r.amount());
      if (r.category().isPresent()) {
        Money[] sums = byCategory.computeIfAbsent(r.category().get(), c -> new Money[] {zero, zero, zero});
        sums[2] = sums[2].plus(r.amount());
      }
    }
    List<CategoryFunding> categories = new ArrayList<>(byCategory.size());
    byCategory.forEach((c, sums) -> categories.add(new CategoryFunding(c, sums[0], sums[1], sums[2])));
    return new GrantAccounts(grant.id(), grant.year(), currency, grant.amount().orElse(zero), received,
        inCurrency(grant.coFinancing(), currency), spent, categories, uncategorised,
        inCurrency(grant.carriedOver(), currency), repaid,
        grant.carriedOver().isPresent() || !grant.repayments().isEmpty());
  }

  private static Money inCurrency(Optional<Money> money, Currency currency) {
    return money.filter(m -> m.currency().equals(currency)).orElse(Money.zero(currency));
  }

  /** @return what came in: received plus co-financing */
  public Money available() {
    return received.plus(coFinancing);
  }

  /** @return what went out or is set aside: spent plus carried over plus repaid */
  public Money accountedFor() {
    return spent.plus(carriedOver).plus(repaid);
  }

  /** @return whether what came in equals what went out or is set aside */
  public boolean balanced() {
    return available().compareTo(accountedFor()) == 0;
  }

  /**
   * @param category a spending category
   * @return its money, when the grant names it
   */
  public Optional<CategoryFunding> category(String category) {
    return categories.stream().filter(c -> c.category().equals(category)).findFirst();
  }
}
