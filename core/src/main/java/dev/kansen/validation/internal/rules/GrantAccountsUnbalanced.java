package dev.kansen.validation.internal.rules;

import dev.kansen.analysis.GrantAccounts;
import dev.kansen.model.Grant;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;

/**
 * A grant that states its year's accounts closed (a carry-over, zero included, or a repayment)
 * balances: received plus co-financing equals spent plus carried over plus repaid.
 */
final class GrantAccountsUnbalanced extends BuiltInRule {
  GrantAccountsUnbalanced() {
    super(RuleCode.GRANT_ACCOUNTS_UNBALANCED);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Grant> located : index.grants()) {
      GrantAccounts accounts = GrantAccounts.of(located.value());
      if (accounts.closed() && !accounts.balanced()) {
        findings.reportArguments(located.path(), "grant", accounts.grant(), "received", accounts.received(),
            "coFinancing", accounts.coFinancing(), "spent", accounts.spent(), "carriedOver", accounts.carriedOver(),
            "repaid", accounts.repaid());
      }
    }
  }
}
