package dev.kansen.validation.internal.rules;

import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Intervention;
import dev.kansen.model.Municipality;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
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
    LocalDate asOf = context.asOf();
    for (Located<Intervention> located : index.interventions()) {
      Intervention intervention = located.value();
      String who = "Intervention \"" + intervention.id() + "\"";
      check(intervention.actualStart(), located, "actualStart", who + " actually started", asOf, findings);
      check(intervention.actualEnd(), located, "actualEnd", who + " actually ended", asOf, findings);
      check(intervention.statusDate(), located, "statusDate", who + " took status " + intervention.status(), asOf,
          findings);
    }
    for (Located<AllianceMembership> member : index.members()) {
      check(member.value().joined(), member, "joined",
          "Municipality " + member.value().municipality() + " joined the alliance", asOf, findings);
    }
  }

  private static void check(Optional<LocalDate> date, Located<?> owner, String property, String what, LocalDate asOf,
      Findings findings) {
    if (date.isPresent() && date.get().isAfter(asOf)) {
      findings.report(owner.at(property), what + " on " + date.get() + ", after the as-of date " + asOf, "date",
          date.get(), "asOf", asOf);
    }
  }
}
