package dev.kansen.analysis;

import dev.kansen.model.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The money of one calendar year in one currency, over the grants that state that year (such as
 * the OAB grant of 2024): the figures a municipality reports for the year, to check them against
 * its accounts.
 *
 * @param year the calendar year
 * @param currency the currency of every amount
 * @param grants the ids of the grants for the year, in the programme's order
 * @param awarded the grants' amounts
 * @param received the disbursements received under them
 * @param coFinancing the recipient's own co-financing
 * @param spent the expenditure
 * @param categories budget, expenditure and repayments per spending category, in order of first appearance
 * @param uncategorised the expenditure without a category
 * @param carriedOver the amounts carried over to the next year
 * @param repaid the repayments
 * @param remaining what came in and is not accounted for: received plus co-financing less spent, carried
 *     over and repaid, when that is positive; otherwise zero
 * @param shortfall how much more is accounted for than came in, when it is; otherwise zero
 * @param closed whether every grant of the year states its accounts closed (a carry-over or a repayment)
 */
public record YearFunding(int year, Currency currency, List<String> grants, Money awarded, Money received,
    Money coFinancing, Money spent, List<CategoryFunding> categories, Money uncategorised, Money carriedOver,
    Money repaid, Money remaining, Money shortfall, boolean closed) {
  /** Checks the parts and copies the lists. */
  public YearFunding {
    Objects.requireNonNull(currency, "currency");
    grants = List.copyOf(grants);
    categories = List.copyOf(categories);
  }

  /** @return whether what came in equals what went out or is set aside */
  public boolean balanced() {
    return remaining.isZero() && shortfall.isZero();
  }
}
