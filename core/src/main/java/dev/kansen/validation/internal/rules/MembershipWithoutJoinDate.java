package dev.kansen.validation.internal.rules;

import dev.kansen.model.AllianceMembership;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.time.LocalDate;

/** An alliance membership states the day the municipality joined. */
final class MembershipWithoutJoinDate extends BuiltInRule {
  MembershipWithoutJoinDate() {
    super(RuleCode.MEMBERSHIP_WITHOUT_JOIN_DATE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<AllianceMembership> member : index.members()) {
      AllianceMembership membership = member.value();
      if (membership.joined().isEmpty()) {
        findings.reportArguments(member.path(), "municipality", membership.municipality(), "knownBy",
            membership.knownBy().map(LocalDate::toString).orElse("-"));
      }
    }
  }
}
