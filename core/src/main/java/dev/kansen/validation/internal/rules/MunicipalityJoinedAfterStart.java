package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Municipality;
import dev.kansen.model.Programme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.OptionalInt;

/** The programme's municipalities had joined the alliance when the programme started. */
final class MunicipalityJoinedAfterStart extends BuiltInRule {
  MunicipalityJoinedAfterStart() {
    super(RuleCode.MUNICIPALITY_JOINED_AFTER_START);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Programme programme = index.programme();
    for (Municipality municipality : programme.municipalities()) {
      OptionalInt position = index.membershipPosition(municipality.code());
      if (position.isEmpty()) {
        continue;
      }
      Located<AllianceMembership> member = index.members().get(position.getAsInt());
      if (member.value().joined().isPresent() && programme.period().isPresent()
          && member.value().joined().get().isAfter(programme.period().get().start())) {
        findings.reportArguments(member.at(WireNames.JOINED), "municipality", municipality.code(), "joined", member.value().joined().get(), "start", programme.period().get().start(), "name", municipality.name());
      }
    }
  }
}
