package dev.kansen.validation.internal.rules;

import dev.kansen.model.BudgetLine;
import dev.kansen.model.Grant;
import dev.kansen.model.Repayment;
import dev.kansen.model.Transaction;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Located;
import dev.kansen.validation.LocatedIn;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** In a grant whose budget lines name spending categories, transactions and repayments name one of them. */
final class SpendingCategoryNotBudgeted extends BuiltInRule {
  SpendingCategoryNotBudgeted() {
    super(RuleCode.SPENDING_CATEGORY_NOT_BUDGETED);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    // per grant's position, the categories its budget lines name; made for a grant when one of its
    // transactions or repayments names a category
    List<Set<String>> categories = new ArrayList<>(Collections.nCopies(index.programme().grants().size(), null));
    List<LocatedIn<Grant, Transaction>> transactions = index.transactions();
    for (int t = 0; t < transactions.size(); t++) {
      LocatedIn<Grant, Transaction> transaction = transactions.get(t);
      check(transaction, transaction.value().category(), categories, findings);
    }
    List<LocatedIn<Grant, Repayment>> repayments = index.repayments();
    for (int r = 0; r < repayments.size(); r++) {
      LocatedIn<Grant, Repayment> repayment = repayments.get(r);
      check(repayment, repayment.value().category(), categories, findings);
    }
  }

  private static void check(LocatedIn<Grant, ?> located, Optional<String> category, List<Set<String>> categories,
      Findings findings) {
    if (category.isEmpty()) {
      return;
    }
    Located<Grant> grant = located.owner();
    Set<String> budgeted = categories.get(grant.index());
    if (budgeted == null) {
      budgeted = new HashSet<>();
      for (BudgetLine line : grant.value().budgets()) {
        line.category().ifPresent(budgeted::add);
      }
      categories.set(grant.index(), budgeted);
    }
    if (!budgeted.isEmpty() && !budgeted.contains(category.get())) {
      JsonPointer at = located.at("category");
      findings.reportArguments(at, "grant", grant.value().id(), "category", category.get());
    }
  }
}
