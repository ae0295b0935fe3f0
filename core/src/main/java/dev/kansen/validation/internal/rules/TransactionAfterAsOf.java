package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Grant;
import dev.kansen.model.Transaction;
import dev.kansen.validation.Findings;
import dev.kansen.validation.LocatedIn;
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
    for (LocatedIn<Grant, Transaction> located : index.transactions()) {
      Transaction transaction = located.value();
      if (transaction.date().isAfter(context.asOf())) {
        findings.reportArguments(located.at(WireNames.DATE), "type", transaction.type(), "amount", transaction.amount(),
            "grant", located.owner().value().id(), "date", transaction.date(), "asOf", context.asOf());
      }
    }
  }
}
