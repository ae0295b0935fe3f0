package dev.kansen.validation.internal.rules;

import dev.kansen.model.Grant;
import dev.kansen.model.Money;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;

/** A grant never pays out more than is committed. */
final class DisbursementsExceedCommitments extends BuiltInRule {
  DisbursementsExceedCommitments() {
    super("DISBURSEMENTS_EXCEED_COMMITMENTS", Severity.ERROR,
        "The disbursements under a grant add up to more than its commitments; reported at the disbursement where"
            + " the running total first exceeds them. When a grant records no commitment transaction, the amount"
            + " awarded is what is committed. Transactions in another currency are left to MIXED_CURRENCIES.",
        "IATI: disbursements are made against commitments. Paying out more than was committed is an accounting"
            + " error. ERROR.");
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (int i = 0; i < index.programme().grants().size(); i++) {
      Grant grant = index.programme().grants().get(i);
      Money committed = Money.zero(grant.amount().currency());
      boolean anyCommitment = false;
      for (Transaction t : grant.transactions()) {
        if (t.type() == TransactionType.COMMITMENT && t.amount().currency().equals(committed.currency())) {
          committed = committed.plus(t.amount());
          anyCommitment = true;
        }
      }
      if (!anyCommitment) {
        committed = grant.amount();
      }
      Money disbursed = Money.zero(grant.amount().currency());
      for (int t = 0; t < grant.transactions().size(); t++) {
        Transaction transaction = grant.transactions().get(t);
        if (transaction.type() != TransactionType.DISBURSEMENT
            || !transaction.amount().currency().equals(disbursed.currency())) {
          continue;
        }
        disbursed = disbursed.plus(transaction.amount());
        if (disbursed.compareTo(committed) > 0) {
          findings.report(JsonPointer.of("grants", i, "transactions", t, "amount"), "The disbursements under grant \""
              + grant.id() + "\" add up to " + disbursed + " with transaction " + t + ", more than the "
              + committed + (anyCommitment ? " committed" : " awarded"),
              "grant", grant.id(), "disbursed", disbursed, "committed", committed);
          break;
        }
      }
    }
  }
}
