package dev.kansen.validation.internal.rules;

import dev.kansen.model.AllianceMembership;
import dev.kansen.model.DateRange;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.time.LocalDate;
import java.util.Optional;

/** A municipality of the programme stays in the alliance for the programme period. */
final class MemberLeftDuringProgramme extends BuiltInRule {
  MemberLeftDuringProgramme() {
    super(RuleCode.MEMBER_LEFT_DURING_PROGRAMME);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Optional<DateRange> period = index.programme().period();
    for (Located<AllianceMembership> member : index.members()) {
      AllianceMembership membership = member.value();
      if (membership.left().isEmpty() || index.municipality(membership.municipality()).isEmpty()) {
        continue;
      }
      LocalDate left = membership.left().get();
      if (period.isEmpty() || !left.isAfter(period.get().end())) {
        findings.reportArguments(member.at("left"), "municipality", membership.municipality(), "left", left);
      }
    }
  }
}
