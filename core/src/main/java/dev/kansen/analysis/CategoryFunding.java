package dev.kansen.analysis;

import dev.kansen.model.Money;
import java.util.Objects;

/**
 * The money of one spending category, such as voorschoolse educatie: what the budget lines set
 * aside for it, what was spent on it and what of it was paid back.
 *
 * @param category the category, as the data names it
 * @param budgeted the budget lines of the category (the revised ones where there are any, else the original ones)
 * @param spent the expenditure of the category
 * @param repaid the repayments of the category
 */
public record CategoryFunding(String category, Money budgeted, Money spent, Money repaid) {
  /** Checks the parts. */
  public CategoryFunding {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(budgeted, "budgeted");
    Objects.requireNonNull(spent, "spent");
    Objects.requireNonNull(repaid, "repaid");
  }

  /**
   * @param other the same category's money elsewhere, in the same currency
   * @return the two added up
   */
  CategoryFunding plus(CategoryFunding other) {
    return new CategoryFunding(category, budgeted.plus(other.budgeted), spent.plus(other.spent),
        repaid.plus(other.repaid));
  }
}
