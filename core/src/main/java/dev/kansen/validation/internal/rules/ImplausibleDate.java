package dev.kansen.validation.internal.rules;

import dev.kansen.validation.Findings;
import dev.kansen.validation.LocatedDate;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.time.LocalDate;

/** Dates lie within a plausible window around the as-of date. */
final class ImplausibleDate extends BuiltInRule {
  ImplausibleDate() {
    super(RuleCode.IMPLAUSIBLE_DATE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    LocalDate earliest = context.earliestPlausibleDate();
    LocalDate latest = context.latestPlausibleDate();
    for (LocatedDate located : index.dates()) {
      LocalDate date = located.date();
      if (date.isBefore(earliest)) {
        findings.reportVariant(located.path(), "past", "date", date, "earliest", earliest);
      } else if (date.isAfter(latest)) {
        findings.reportVariant(located.path(), "future", "date", date, "latest", latest);
      }
    }
  }
}
