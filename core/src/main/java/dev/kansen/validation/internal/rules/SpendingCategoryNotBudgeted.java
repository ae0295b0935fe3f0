package dev.kansen.validation.internal.rules;

import dev.kansen.model.BudgetLine;
import dev.kansen.model.Grant;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Located;
import dev.kansen.validation.LocatedIn;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** In a grant whose budget lines name spending categories, transactions and repayments name one of them. */
final class SpendingCategoryNotBudgeted extends BuiltInRule {
  SpendingCategoryNotBudgeted() {
    super(RuleCode.SPENDING_CATEGORY_NOT_BUDGETED);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Map<Located<Grant>, Set<String>> categories = new HashMap<>();
    index.transactions().forEach(t -> check(t, t.value().category(), categories, findings));
    index.repayments().forEach(r -> check(r, r.value().category(), categories, findings));
  }

  private static void check(LocatedIn<Grant, ?> located, Optional<String> category,
      Map<Located<Grant>, Set<String>> categories, Findings findings) {
    if (category.isEmpty()) {
      return;
    }
    Set<String> budgeted = categories.computeIfAbsent(located.owner(), g -> {
      Set<String> names = new HashSet<>();
      for (BudgetLine line : g.value().budgets()) {
        line.category().ifPresent(names::add);
      }
      return names;
    });
    if (!budgeted.isEmpty() && !budgeted.contains(category.get())) {
      JsonPointer at = located.at("category");
      findings.reportArguments(at, "grant", located.owner().value().id(), "category", category.get());
    }
  }
}
