package dev.kansen.validation.internal.rules;

import dev.kansen.model.DateRange;
import dev.kansen.model.Grant;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.time.LocalDate;

/** A grant's calendar year has at least one day inside the grant's period. */
final class GrantYearOutsideGrantPeriod extends BuiltInRule {
  GrantYearOutsideGrantPeriod() {
    super(RuleCode.GRANT_YEAR_OUTSIDE_GRANT_PERIOD);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Grant> located : index.grants()) {
      Grant grant = located.value();
      if (grant.year().isEmpty() || grant.period().isEmpty()) {
        continue;
      }
      int year = grant.year().getAsInt();
      DateRange period = grant.period().get();
      if (year < LocalDate.MIN.getYear() || year > LocalDate.MAX.getYear()
          || period.end().isBefore(LocalDate.of(year, 1, 1)) || period.start().isAfter(LocalDate.of(year, 12, 31))) {
        findings.reportArguments(located.at("year"), "grant", grant.id(), "year", year, "period", period);
      }
    }
  }
}
