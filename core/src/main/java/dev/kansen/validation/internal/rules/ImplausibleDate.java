package dev.kansen.validation.internal.rules;

import dev.kansen.model.DateRange;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.LocatedDate;
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
    LocalDate earliest = context.earliestPlausibleDate();
    LocalDate latest = context.latestPlausibleDate();
    for (LocatedDate located : index.dates()) {
      LocalDate date = located.date();
      if (date.isBefore(earliest)) {
        findings.report(located.path(), "The date " + date + " is implausibly far in the past: before " + earliest,
            "date", date, "earliest", earliest);
      } else if (date.isAfter(latest)) {
        findings.report(located.path(), "The date " + date + " is implausibly far in the future: after " + latest,
            "date", date, "latest", latest);
      }
    }
  }
}
