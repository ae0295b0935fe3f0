package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.DateRange;
import dev.kansen.model.Grant;
import dev.kansen.validation.Findings;
import dev.kansen.validation.LocatedIn;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.time.LocalDate;

/** A budget line covers at most one year (IATI 7.5.3). */
final class BudgetPeriodTooLong extends BuiltInRule {
  BudgetPeriodTooLong() {
    super(RuleCode.BUDGET_PERIOD_TOO_LONG);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (LocatedIn<Grant, BudgetLine> line : index.budgets()) {
      DateRange period = line.value().period();
      LocalDate latestEnd = latestEnd(period.start());
      if (period.end().isAfter(latestEnd)) {
        findings.reportArguments(line.at(WireNames.PERIOD, WireNames.END), "line", line.index(), "grant", line.owner().value().id(),
            "period", period, "days", period.days(), "latestEnd", latestEnd);
      }
    }
  }

  /** The later of "a year later, less a day" and "the day before, a year later": lenient around 29 February. */
  static LocalDate latestEnd(LocalDate start) {
    LocalDate a = start.plusYears(1).minusDays(1);
    LocalDate b = start.minusDays(1).plusYears(1);
    return a.isAfter(b) ? a : b;
  }
}
