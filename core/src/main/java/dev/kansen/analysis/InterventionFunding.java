package dev.kansen.analysis;

import dev.kansen.model.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What is allocated to one intervention in one currency, over all grants. Each allocation counts in
 * its own currency, so none is left out.
 *
 * @param intervention the intervention's id (as the allocations name it; it need not resolve)
 * @param grants the ids of the grants that allocate to it in this currency, each once, in the programme's order
 * @param allocated the total allocated
 */
public record InterventionFunding(String intervention, List<String> grants, Money allocated) {
  /** Checks that no component is {@code null} and copies the grants. */
  public InterventionFunding {
    Objects.requireNonNull(intervention, "InterventionFunding.intervention must not be null");
    Objects.requireNonNull(allocated, "InterventionFunding.allocated must not be null");
    grants = List.copyOf(grants);
  }

  /** @return the currency of the allocated total */
  public Currency currency() {
    return allocated.currency();
  }
}
