package dev.kansen.validation.internal.rules;

import dev.kansen.model.Dosage;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionSubtype;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.math.BigDecimal;

/**
 * Preschool education offers at least the norm: 960 hours over 18 months, or 16 hours a week where
 * only the hours per week are stated.
 */
final class DosageBelowNorm extends BuiltInRule {
  private static final BigDecimal NORM_HOURS = BigDecimal.valueOf(Dosage.PRESCHOOL_NORM_HOURS);
  private static final BigDecimal NORM_MONTHS = BigDecimal.valueOf(Dosage.PRESCHOOL_NORM_MONTHS);
  private static final BigDecimal NORM_WEEKLY = BigDecimal.valueOf(Dosage.PRESCHOOL_NORM_HOURS_PER_WEEK);

  DosageBelowNorm() {
    super(RuleCode.DOSAGE_BELOW_NORM);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Intervention> located : index.interventions()) {
      Intervention intervention = located.value();
      if (intervention.subtype().orElse(null) != InterventionSubtype.PRESCHOOL_EDUCATION
          || intervention.dosage().isEmpty()) {
        continue;
      }
      Dosage dosage = intervention.dosage().get();
      if (dosage.totalHours().isPresent() && dosage.months().orElse(0) > 0) {
        BigDecimal hours = dosage.totalHours().get();
        BigDecimal months = BigDecimal.valueOf(dosage.months().getAsInt());
        // hours * 18 < 960 * months, exactly
        if (hours.multiply(NORM_MONTHS).compareTo(NORM_HOURS.multiply(months)) < 0) {
          findings.reportVariant(located.at("dosage", "totalHours"), "total", "intervention", intervention.id(),
              "hours", hours.toPlainString(), "months", months.toPlainString(),
              "normHours", NORM_HOURS.toPlainString(), "normMonths", NORM_MONTHS.toPlainString());
        }
      } else if (dosage.hoursPerWeek().isPresent() && dosage.hoursPerWeek().get().compareTo(NORM_WEEKLY) < 0) {
        findings.reportVariant(located.at("dosage", "hoursPerWeek"), "weekly", "intervention", intervention.id(),
            "hours", dosage.hoursPerWeek().get().toPlainString(), "normHours", NORM_WEEKLY.toPlainString());
      }
    }
  }
}
