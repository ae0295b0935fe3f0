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
import java.util.Optional;

/** Everything under a grant is in the grant's currency. */
final class MixedCurrencies extends BuiltInRule {
  MixedCurrencies() {
    super(RuleCode.MIXED_CURRENCIES);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    // the element's pointer is made only for a finding
    for (LocatedIn<Grant, Allocation> allocation : index.allocations()) {
      if (differs(allocation.owner().value(), allocation.value().amount())) {
        report(allocation.owner().value(), allocation.value().amount(), allocation.path(), findings);
      }
    }
    for (LocatedIn<Grant, BudgetLine> line : index.budgets()) {
      if (differs(line.owner().value(), line.value().amount())) {
        report(line.owner().value(), line.value().amount(), line.path(), findings);
      }
    }
    for (LocatedIn<Grant, Transaction> transaction : index.transactions()) {
      if (differs(transaction.owner().value(), transaction.value().amount())) {
        report(transaction.owner().value(), transaction.value().amount(), transaction.path(), findings);
      }
    }
  }

  /** @return whether the grant states an amount in another currency than this amount's */
  private static boolean differs(Grant grant, Money amount) {
    Optional<Money> granted = grant.amount();
    return granted.isPresent() && !amount.currency().equals(granted.get().currency());
  }

  private static void report(Grant grant, Money amount, JsonPointer at, Findings findings) {
    Currency currency = grant.amount().get().currency();
    findings.reportArguments(at.child(WireNames.AMOUNT).child(WireNames.CURRENCY), "grant", grant.id(),
        "expected", currency.getCurrencyCode(), "currency", amount.currency().getCurrencyCode(),
        "location", at, "amount", amount);
  }
}
