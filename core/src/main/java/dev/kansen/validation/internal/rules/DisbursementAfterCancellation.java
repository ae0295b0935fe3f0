package dev.kansen.validation.internal.rules;

import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.Optional;

/** No money is paid out for an intervention after it was cancelled. */
final class DisbursementAfterCancellation extends BuiltInRule {
  DisbursementAfterCancellation() {
    super(RuleCode.DISBURSEMENT_AFTER_CANCELLATION);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (int i = 0; i < index.programme().grants().size(); i++) {
      Grant grant = index.programme().grants().get(i);
      for (int t = 0; t < grant.transactions().size(); t++) {
        Transaction transaction = grant.transactions().get(t);
        if (transaction.type() != TransactionType.DISBURSEMENT || transaction.intervention().isEmpty()) {
          continue;
        }
        Optional<Intervention> intervention = index.intervention(transaction.intervention().get());
        if (intervention.isEmpty() || intervention.get().status() != InterventionStatus.CANCELLED
            || intervention.get().statusDate().isEmpty()) {
          continue;
        }
        if (transaction.date().isAfter(intervention.get().statusDate().get())) {
          findings.report(JsonPointer.of("grants", i, "transactions", t, "date"), "A disbursement of "
              + transaction.amount() + " for intervention \"" + intervention.get().id() + "\" is dated "
              + transaction.date() + ", after the intervention was cancelled on "
              + intervention.get().statusDate().get(), "intervention", intervention.get().id(),
              "date", transaction.date(), "cancelled", intervention.get().statusDate().get());
        }
      }
    }
  }
}
