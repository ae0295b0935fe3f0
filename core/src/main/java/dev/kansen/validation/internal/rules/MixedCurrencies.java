package dev.kansen.validation.internal.rules;

import dev.kansen.model.Grant;
import dev.kansen.model.Money;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
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
    for (int i = 0; i < index.programme().grants().size(); i++) {
      Grant grant = index.programme().grants().get(i);
      Currency currency = grant.amount().currency();
      for (int a = 0; a < grant.allocations().size(); a++) {
        check(grant, grant.allocations().get(a).amount(), currency, JsonPointer.of("grants", i, "allocations", a), findings);
      }
      for (int b = 0; b < grant.budgets().size(); b++) {
        check(grant, grant.budgets().get(b).amount(), currency, JsonPointer.of("grants", i, "budgets", b), findings);
      }
      for (int t = 0; t < grant.transactions().size(); t++) {
        check(grant, grant.transactions().get(t).amount(), currency, JsonPointer.of("grants", i, "transactions", t),
            findings);
      }
    }
  }

  private static void check(Grant grant, Money amount, Currency currency, JsonPointer at, Findings findings) {
    if (!amount.currency().equals(currency)) {
      findings.report(at.child("amount").child("currency"), "Grant \"" + grant.id() + "\" is in "
          + currency.getCurrencyCode() + ", but " + at + " is " + amount, "expected", currency.getCurrencyCode(),
          "currency", amount.currency().getCurrencyCode());
    }
  }
}
