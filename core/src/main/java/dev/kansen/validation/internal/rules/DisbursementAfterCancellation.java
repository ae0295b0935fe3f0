package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import dev.kansen.validation.Findings;
import dev.kansen.validation.LocatedIn;
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
    for (LocatedIn<Grant, Transaction> located : index.transactions()) {
      Transaction transaction = located.value();
      if (transaction.type() != TransactionType.DISBURSEMENT || transaction.intervention().isEmpty()) {
        continue;
      }
      Optional<Intervention> intervention = index.intervention(transaction.intervention().get());
      if (intervention.isEmpty() || intervention.get().status() != InterventionStatus.CANCELLED
          || intervention.get().statusDate().isEmpty()) {
        continue;
      }
      if (transaction.date().isAfter(intervention.get().statusDate().get())) {
        findings.reportArguments(located.at(WireNames.DATE), "intervention", intervention.get().id(), "date", transaction.date(), "cancelled", intervention.get().statusDate().get(), "amount", transaction.amount());
      }
    }
  }
}
