package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Allocation;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.Grant;
import dev.kansen.model.Money;
import dev.kansen.model.Transaction;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.LocatedIn;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.Currency;

/** Everything under a grant is in the grant's currency. */
final class MixedCurrencies extends BuiltInRule {
  MixedCurrencies() {
    super(RuleCode.MIXED_CURRENCIES);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (LocatedIn<Grant, Allocation> allocation : index.allocations()) {
      check(allocation.owner().value(), allocation.value().amount(), allocation.path(), findings);
    }
    for (LocatedIn<Grant, BudgetLine> line : index.budgets()) {
      check(line.owner().value(), line.value().amount(), line.path(), findings);
    }
    for (LocatedIn<Grant, Transaction> transaction : index.transactions()) {
      check(transaction.owner().value(), transaction.value().amount(), transaction.path(), findings);
    }
  }

  private static void check(Grant grant, Money amount, JsonPointer at, Findings findings) {
    if (grant.amount().isEmpty()) {
      return;
    }
    Currency currency = grant.amount().get().currency();
    if (!amount.currency().equals(currency)) {
      findings.reportArguments(at.child(WireNames.AMOUNT).child(WireNames.CURRENCY), "grant", grant.id(),
          "expected", currency.getCurrencyCode(), "currency", amount.currency().getCurrencyCode(),
          "location", at, "amount", amount);
    }
  }
}
