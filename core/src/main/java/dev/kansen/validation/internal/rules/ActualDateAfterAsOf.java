package dev.kansen.validation.internal.rules;

import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Intervention;
import dev.kansen.model.Programme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.time.LocalDate;
import java.util.Optional;

/** Dates of things that have happened are not after the as-of date. */
final class ActualDateAfterAsOf extends BuiltInRule {
  ActualDateAfterAsOf() {
    super(RuleCode.ACTUAL_DATE_AFTER_AS_OF);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Programme programme = index.programme();
    LocalDate asOf = context.asOf();
    for (int i = 0; i < programme.interventions().size(); i++) {
      Intervention intervention = programme.interventions().get(i);
      String who = "Intervention \"" + intervention.id() + "\"";
      check(intervention.actualStart(), JsonPointer.of("interventions", i, "actualStart"), who + " actually started",
          asOf, findings);
      check(intervention.actualEnd(), JsonPointer.of("interventions", i, "actualEnd"), who + " actually ended",
          asOf, findings);
      check(intervention.statusDate(), JsonPointer.of("interventions", i, "statusDate"),
          who + " took status " + intervention.status(), asOf, findings);
    }
    for (int i = 0; i < programme.alliance().members().size(); i++) {
      AllianceMembership member = programme.alliance().members().get(i);
      check(Optional.of(member.joined()), JsonPointer.of("alliance", "members", i, "joined"),
          "Municipality " + member.municipality() + " joined the alliance", asOf, findings);
    }
  }

  private static void check(Optional<LocalDate> date, JsonPointer path, String what, LocalDate asOf, Findings findings) {
    if (date.isPresent() && date.get().isAfter(asOf)) {
      findings.report(path, what + " on " + date.get() + ", after the as-of date " + asOf, "date", date.get(),
          "asOf", asOf);
    }
  }
}
