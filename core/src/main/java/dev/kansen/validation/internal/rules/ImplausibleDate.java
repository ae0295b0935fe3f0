package dev.kansen.validation.internal.rules;

import dev.kansen.model.DateRange;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.Programme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.time.LocalDate;
import java.util.Optional;

/** Dates lie within a plausible window around the as-of date. */
final class ImplausibleDate extends BuiltInRule {
  ImplausibleDate() {
    super(RuleCode.IMPLAUSIBLE_DATE);
  }

  /** Checks dates against the window. */
  private static final class Window {
    final LocalDate earliest;
    final LocalDate latest;
    final Findings findings;

    Window(ValidationContext context, Findings findings) {
      this.earliest = context.earliestPlausibleDate();
      this.latest = context.latestPlausibleDate();
      this.findings = findings;
    }

    void check(LocalDate date, JsonPointer path) {
      if (date.isBefore(earliest)) {
        findings.report(path, "The date " + date + " is implausibly far in the past: before " + earliest,
            "date", date, "earliest", earliest);
      } else if (date.isAfter(latest)) {
        findings.report(path, "The date " + date + " is implausibly far in the future: after " + latest,
            "date", date, "latest", latest);
      }
    }

    void check(Optional<LocalDate> date, JsonPointer path) {
      date.ifPresent(d -> check(d, path));
    }

    void check(DateRange range, JsonPointer path) {
      check(range.start(), path.child("start"));
      check(range.end(), path.child("end"));
    }
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Programme programme = index.programme();
    Window window = new Window(context, findings);
    window.check(programme.period(), JsonPointer.of("period"));
    for (int i = 0; i < programme.alliance().members().size(); i++) {
      window.check(programme.alliance().members().get(i).joined(), JsonPointer.of("alliance", "members", i, "joined"));
    }
    for (int i = 0; i < programme.interventions().size(); i++) {
      Intervention intervention = programme.interventions().get(i);
      JsonPointer at = JsonPointer.of("interventions", i);
      window.check(intervention.planned(), at.child("planned"));
      window.check(intervention.actualStart(), at.child("actualStart"));
      window.check(intervention.actualEnd(), at.child("actualEnd"));
      window.check(intervention.statusDate(), at.child("statusDate"));
    }
    for (int i = 0; i < programme.grants().size(); i++) {
      Grant grant = programme.grants().get(i);
      JsonPointer at = JsonPointer.of("grants", i);
      window.check(grant.period(), at.child("period"));
      for (int b = 0; b < grant.budgets().size(); b++) {
        window.check(grant.budgets().get(b).period(), at.child("budgets").index(b).child("period"));
      }
      for (int t = 0; t < grant.transactions().size(); t++) {
        window.check(grant.transactions().get(t).date(), at.child("transactions").index(t).child("date"));
      }
    }
  }
}
