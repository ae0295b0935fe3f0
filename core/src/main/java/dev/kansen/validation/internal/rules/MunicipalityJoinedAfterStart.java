package dev.kansen.validation.internal.rules;

import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Municipality;
import dev.kansen.model.Programme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;
import java.util.OptionalInt;

/** The programme's municipalities had joined the alliance when the programme started. */
final class MunicipalityJoinedAfterStart extends BuiltInRule {
  MunicipalityJoinedAfterStart() {
    super("MUNICIPALITY_JOINED_AFTER_START", Severity.WARNING,
        "A municipality of the programme joined the alliance after the programme started.",
        "Domain: programme municipalities are alliance members at the programme start. WARNING rather than"
            + " ERROR: a local programme that began before the municipality joined and was then brought into the"
            + " alliance is possible, but the dates are worth checking.");
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Programme programme = index.programme();
    for (Municipality municipality : programme.municipalities()) {
      OptionalInt position = index.membershipPosition(municipality.code());
      if (position.isEmpty()) {
        continue;
      }
      AllianceMembership member = programme.alliance().members().get(position.getAsInt());
      if (member.joined().isAfter(programme.period().start())) {
        findings.report(JsonPointer.of("alliance", "members", position.getAsInt(), "joined"), "Municipality "
            + municipality.code() + " (" + municipality.name() + ") joined the alliance on " + member.joined()
            + ", after the programme started on " + programme.period().start(), "municipality", municipality.code(),
            "joined", member.joined(), "start", programme.period().start());
      }
    }
  }
}
