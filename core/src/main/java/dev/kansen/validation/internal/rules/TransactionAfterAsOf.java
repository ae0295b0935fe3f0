package dev.kansen.validation.internal.rules;

import dev.kansen.model.Grant;
import dev.kansen.model.Transaction;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** Transactions are not dated after the as-of date. */
final class TransactionAfterAsOf extends BuiltInRule {
  TransactionAfterAsOf() {
    super(RuleCode.TRANSACTION_AFTER_AS_OF);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (int i = 0; i < index.programme().grants().size(); i++) {
      Grant grant = index.programme().grants().get(i);
      for (int t = 0; t < grant.transactions().size(); t++) {
        Transaction transaction = grant.transactions().get(t);
        if (transaction.date().isAfter(context.asOf())) {
          findings.report(JsonPointer.of("grants", i, "transactions", t, "date"), "A " + transaction.type()
              + " of " + transaction.amount() + " under grant \"" + grant.id() + "\" is dated " + transaction.date()
              + ", after the as-of date " + context.asOf(), "date", transaction.date(), "asOf", context.asOf());
        }
      }
    }
  }
}
