package dev.kansen.validation.internal.rules;

import dev.kansen.analysis.CategoryFunding;
import dev.kansen.analysis.GrantAccounts;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.Grant;
import dev.kansen.model.Money;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import dev.kansen.validation.Findings;
import dev.kansen.validation.LocatedIn;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The expenditure of a spending category stays within the grant's budget lines of that category. */
final class SpendingCategoryOverBudget extends BuiltInRule {
  SpendingCategoryOverBudget() {
    super(RuleCode.SPENDING_CATEGORY_OVER_BUDGET);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Grant current = null;
    GrantAccounts accounts = null;
    Set<String> budgeted = new HashSet<>();
    Map<String, Money> running = new HashMap<>();
    Set<String> reported = new HashSet<>();
    for (LocatedIn<Grant, Transaction> located : index.transactions()) {
      Grant grant = located.owner().value();
      if (grant != current) {
        current = grant;
        accounts = null;
        budgeted.clear();
        running.clear();
        reported.clear();
        for (BudgetLine line : grant.budgets()) {
          line.category().ifPresent(budgeted::add);
        }
      }
      Transaction t = located.value();
      if (t.type() != TransactionType.EXPENDITURE || t.category().isEmpty()
          || !grant.amount().map(a -> a.currency().equals(t.amount().currency())).orElse(false)) {
        continue;
      }
      String category = t.category().get();
      if (!budgeted.contains(category) || reported.contains(category)) {
        continue;
      }
      if (accounts == null) {
        accounts = GrantAccounts.of(grant);
      }
      Money budget = accounts.category(category).map(CategoryFunding::budgeted).orElseThrow();
      Money total = running.merge(category, t.amount(), Money::plus);
      if (total.compareTo(budget) > 0) {
        findings.reportArguments(located.at("amount"), "grant", grant.id(), "category", category, "spent", total,
            "budgeted", budget, "transaction", located.index());
        reported.add(category);
      }
    }
  }
}
