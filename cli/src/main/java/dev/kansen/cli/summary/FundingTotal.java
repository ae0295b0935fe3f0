package dev.kansen.cli.summary;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * What one funder gives in one currency: granted in total, the part allocated to interventions and
 * the rest. The rest is negative when the funder's grants are allocated beyond their amount.
 *
 * @param funder the funder's partner id
 * @param funderName the funder's name, or its id when the id does not resolve
 * @param currency the currency
 * @param grants how many grants
 * @param granted the total granted
 * @param allocated the total allocated to interventions
 */
public record FundingTotal(String funder, String funderName, Currency currency, int grants, BigDecimal granted,
    BigDecimal allocated) {
  /** @return granted minus allocated; negative when over-allocated */
  public BigDecimal unallocated() {
    return granted.subtract(allocated);
  }
}
