package dev.kansen.analysis;

import dev.kansen.model.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What one funder gives in one currency: each amount is the sum of the same amount over the
 * funder's {@link GrantFunding grants} in that currency. A funder with grants in two currencies has
 * two of these.
 *
 * @param funder the funder's partner id
 * @param grants the ids of the funder's grants in this currency, in the programme's order
 * @param granted the total awarded
 * @param allocated the total allocated to interventions
 * @param unallocated the sum of the grants' unallocated amounts
 * @param overAllocated the sum of the grants' over-allocations (an over-allocated grant does not
 *     make up for another grant's unallocated money)
 * @param committed the total committed
 * @param disbursed the total disbursed
 * @param spent the total spent
 */
public record FunderFunding(String funder, List<String> grants, Money granted, Money allocated, Money unallocated,
    Money overAllocated, Money committed, Money disbursed, Money spent) {
  /**
   * Checks that every amount is in one currency.
   *
   * @throws IllegalArgumentException when an amount is in another currency than {@code granted}
   */
  public FunderFunding {
    Objects.requireNonNull(funder, "FunderFunding.funder must not be null");
    grants = List.copyOf(grants);
    for (Money m : List.of(allocated, unallocated, overAllocated, committed, disbursed, spent)) {
      if (!m.currency().equals(granted.currency())) {
        throw new IllegalArgumentException("FunderFunding of " + funder + " mixes " + granted.currency() + " with " + m);
      }
    }
  }

  /** @return the currency of every amount here */
  public Currency currency() {
    return granted.currency();
  }
}
