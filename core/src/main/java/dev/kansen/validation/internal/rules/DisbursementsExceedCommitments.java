package dev.kansen.validation.internal.rules;

import dev.kansen.model.Grant;
import dev.kansen.model.Money;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** A grant never pays out more than is committed. */
final class DisbursementsExceedCommitments extends BuiltInRule {
  DisbursementsExceedCommitments() {
    super(RuleCode.DISBURSEMENTS_EXCEED_COMMITMENTS);
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
