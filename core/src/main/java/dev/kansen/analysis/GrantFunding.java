package dev.kansen.analysis;

import dev.kansen.model.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The money of one grant, all in the grant's currency. Allocations and transactions in another
 * currency (which the validator reports as {@code MIXED_CURRENCIES}) are left out of these sums —
 * kansen never converts — and {@link #mixedCurrencies()} says so.
 *
 * <p>{@code allocated + unallocated − overAllocated == amount} always holds, and at most one of
 * {@code unallocated} and {@code overAllocated} is above zero.
 *
 * @param grant the grant's id
 * @param funder the funder's partner id
 * @param recipient the recipient's partner id
 * @param amount the amount awarded
 * @param allocated the sum of the allocations to interventions
 * @param unallocated what is left of the amount after the allocations; zero when over-allocated
 * @param overAllocated how far the allocations exceed the amount; zero unless over-allocated
 * @param committed the sum of the commitment transactions
 * @param disbursed the sum of the disbursement transactions
 * @param spent the sum of the expenditure transactions
 * @param interventions the ids of the interventions the grant allocates to, each once, in order of first allocation
 * @param mixedCurrencies whether an allocation or transaction in another currency was left out
 */
public record GrantFunding(String grant, String funder, String recipient, Money amount, Money allocated,
    Money unallocated, Money overAllocated, Money committed, Money disbursed, Money spent, List<String> interventions,
    boolean mixedCurrencies) {
  /**
   * Checks that every amount is in the grant's currency and that the allocation identity holds.
   *
   * @throws IllegalArgumentException when an amount is in another currency or allocated, unallocated
   *     and over-allocated do not add up to the amount
   */
  public GrantFunding {
    Objects.requireNonNull(grant, "GrantFunding.grant must not be null");
    Objects.requireNonNull(funder, "GrantFunding.funder must not be null");
    Objects.requireNonNull(recipient, "GrantFunding.recipient must not be null");
    Currency currency = amount.currency();
    for (Money m : List.of(allocated, unallocated, overAllocated, committed, disbursed, spent)) {
      if (!m.currency().equals(currency)) {
        throw new IllegalArgumentException("GrantFunding of grant " + grant + " mixes " + currency + " with " + m);
      }
    }
    if (allocated.amount().add(unallocated.amount()).subtract(overAllocated.amount()).compareTo(amount.amount()) != 0
        || (!unallocated.isZero() && !overAllocated.isZero())) {
      throw new IllegalArgumentException("GrantFunding of grant " + grant + ": allocated " + allocated
          + ", unallocated " + unallocated + " and over-allocated " + overAllocated + " do not make up " + amount);
    }
    interventions = List.copyOf(interventions);
  }

  /** @return the grant's currency, the currency of every amount here */
  public Currency currency() {
    return amount.currency();
  }
}
