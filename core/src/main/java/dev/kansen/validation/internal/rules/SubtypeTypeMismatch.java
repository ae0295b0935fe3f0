package dev.kansen.validation.internal.rules;

import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.Transaction;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.LocatedIn;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/** An intervention's or transaction's subtype refines the type it states. */
final class SubtypeTypeMismatch extends BuiltInRule {
  SubtypeTypeMismatch() {
    super(RuleCode.SUBTYPE_TYPE_MISMATCH);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Intervention> located : index.interventions()) {
      Intervention i = located.value();
      if (i.subtype().isPresent() && i.subtype().get().type() != i.type()) {
        findings.reportVariant(located.at("subtype"), "intervention", "intervention", i.id(),
            "subtype", i.subtype().get(), "refines", i.subtype().get().type(), "type", i.type());
      }
    }
    for (LocatedIn<Grant, Transaction> located : index.transactions()) {
      Transaction t = located.value();
      if (t.subtype().isPresent() && t.subtype().get().type() != t.type()) {
        findings.reportVariant(located.at("subtype"), "transaction", "index", String.valueOf(located.index()),
            "grant", located.owner().value().id(),
            "subtype", t.subtype().get(), "refines", t.subtype().get().type(), "type", t.type());
      }
    }
  }
}
