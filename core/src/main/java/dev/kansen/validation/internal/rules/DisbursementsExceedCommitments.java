package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Grant;
import dev.kansen.model.Money;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.LocatedIn;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.List;
import java.util.Currency;
import java.util.Optional;

/** A grant never pays out more than is committed. */
final class DisbursementsExceedCommitments extends BuiltInRule {
  DisbursementsExceedCommitments() {
    super(RuleCode.DISBURSEMENTS_EXCEED_COMMITMENTS);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    List<LocatedIn<Grant, Transaction>> transactions = index.transactions();
    int from = 0;
    while (from < transactions.size()) {
      Located<Grant> owner = transactions.get(from).owner();
      int to = from;
      while (to < transactions.size() && transactions.get(to).owner() == owner) {
        to++;
      }
      check(owner.value(), transactions.subList(from, to), findings);
      from = to;
    }
  }

  private static void check(Grant grant, List<LocatedIn<Grant, Transaction>> transactions, Findings findings) {
    Optional<Currency> currency = grant.amount().map(Money::currency).or(() -> grant.transactions().stream()
        .filter(t -> t.type() == TransactionType.COMMITMENT).map(t -> t.amount().currency()).findFirst());
    if (currency.isEmpty()) {
      return;
    }
    Money committed = Money.zero(currency.get());
    boolean anyCommitment = false;
    for (Transaction t : grant.transactions()) {
      if (t.type() == TransactionType.COMMITMENT && t.amount().currency().equals(committed.currency())) {
        committed = committed.plus(t.amount());
        anyCommitment = true;
      }
    }
    if (!anyCommitment) {
      committed = grant.amount().orElseThrow();
    }
    Money disbursed = Money.zero(currency.get());
    for (LocatedIn<Grant, Transaction> located : transactions) {
      Transaction transaction = located.value();
      if (transaction.type() != TransactionType.DISBURSEMENT
          || !transaction.amount().currency().equals(disbursed.currency())) {
        continue;
      }
      disbursed = disbursed.plus(transaction.amount());
      if (disbursed.compareTo(committed) > 0) {
        findings.reportVariant(located.at(WireNames.AMOUNT), anyCommitment ? "committed" : "awarded",
            "grant", grant.id(), "disbursed", disbursed, "transaction", located.index(), "committed", committed);
        break;
      }
    }
  }
}
