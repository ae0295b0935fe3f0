package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Intervention;
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
      if (after(intervention.actualStart(), asOf)) {
        report(intervention.actualStart(), located, WireNames.ACTUAL_START, asOf, findings, "intervention", intervention.id());
      }
      if (after(intervention.actualEnd(), asOf)) {
        report(intervention.actualEnd(), located, WireNames.ACTUAL_END, asOf, findings, "intervention", intervention.id());
      }
      if (after(intervention.statusDate(), asOf)) {
        report(intervention.statusDate(), located, WireNames.STATUS_DATE, asOf, findings, "intervention", intervention.id(),
            "status", intervention.status());
      }
    }
    for (Located<AllianceMembership> member : index.members()) {
      if (after(member.value().joined(), asOf)) {
        report(member.value().joined(), member, WireNames.JOINED, asOf, findings,
            "municipality", member.value().municipality());
      }
    }
  }

  /** Asked before a finding's named values are gathered, so that they are gathered only for a finding. */
  private static boolean after(Optional<LocalDate> date, LocalDate asOf) {
    return date.isPresent() && date.get().isAfter(asOf);
  }

  /** Reports with the property's name as the variant. */
  private static void report(Optional<LocalDate> date, Located<?> owner, String property, LocalDate asOf,
      Findings findings, Object... who) {
    Object[] named = java.util.Arrays.copyOf(who, who.length + 4);
    named[who.length] = "date";
    named[who.length + 1] = date.get();
    named[who.length + 2] = "asOf";
    named[who.length + 3] = asOf;
    findings.reportVariant(owner.at(property), property, named);
  }
}
