package dev.kansen.validation.internal.rules;

import dev.kansen.model.Dosage;
import dev.kansen.model.Intervention;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.math.BigDecimal;

/**
 * A dosage is at most 40 hours a week, stated or worked out from its hours over its months (a month
 * being 52/12 weeks), and has months when it has hours in all.
 */
final class DosageImplausible extends BuiltInRule {
  /** The most hours a week a dosage can plausibly have: a full working week. */
  static final BigDecimal MAX_HOURS_PER_WEEK = BigDecimal.valueOf(40);

  DosageImplausible() {
    super(RuleCode.DOSAGE_IMPLAUSIBLE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Intervention> located : index.interventions()) {
      if (located.value().dosage().isEmpty()) {
        continue;
      }
      String id = located.value().id();
      Dosage dosage = located.value().dosage().get();
      if (dosage.hoursPerWeek().isPresent() && dosage.hoursPerWeek().get().compareTo(MAX_HOURS_PER_WEEK) > 0) {
        findings.reportVariant(located.at("dosage", "hoursPerWeek"), "weekly", "intervention", id,
            "hours", dosage.hoursPerWeek().get().toPlainString());
      }
      if (dosage.totalHours().isPresent() && dosage.totalHours().get().signum() > 0) {
        int months = dosage.months().orElse(-1);
        if (months == 0) {
          findings.reportVariant(located.at("dosage", "months"), "noMonths", "intervention", id,
              "hours", dosage.totalHours().get().toPlainString());
        } else if (months > 0
            // hours / (months * 52 / 12) > 40, exactly: hours * 12 > 40 * 52 * months
            && dosage.totalHours().get().multiply(BigDecimal.valueOf(12))
                .compareTo(MAX_HOURS_PER_WEEK.multiply(BigDecimal.valueOf(52L * months))) > 0) {
          findings.reportVariant(located.at("dosage", "totalHours"), "total", "intervention", id,
              "hours", dosage.totalHours().get().toPlainString(), "months", String.valueOf(months));
        }
      }
    }
  }
}
