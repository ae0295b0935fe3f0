package dev.kansen.validation.internal.rules;

import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.MethodBreak;
import dev.kansen.model.SchoolYear;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.Optional;

/**
 * A target is measured by the same method as the baseline it is set from: no break in method lies
 * after the baseline's school year and on or before the target's.
 */
final class TargetAcrossMethodBreak extends BuiltInRule {
  TargetAcrossMethodBreak() {
    super(RuleCode.TARGET_ACROSS_METHOD_BREAK);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<Indicator> located : index.indicators()) {
      Indicator indicator = located.value();
      if (indicator.baseline().isEmpty() || indicator.methodBreaks().isEmpty()) {
        continue;
      }
      SchoolYear from = indicator.baseline().get().schoolYear();
      for (int p = 0; p < indicator.periods().size(); p++) {
        IndicatorPeriod period = indicator.periods().get(p);
        if (period.target().isEmpty()) {
          continue;
        }
        Optional<MethodBreak> crossed = crossed(indicator, from, period.schoolYear());
        if (crossed.isPresent()) {
          findings.reportArguments(located.at("periods", p).child("target"), "indicator", indicator.id(),
              "schoolYear", period.schoolYear(), "baseline", from, "break", crossed.get().schoolYear());
        }
      }
    }
  }

  /** @return the latest break after {@code from} and on or before {@code to} */
  private static Optional<MethodBreak> crossed(Indicator indicator, SchoolYear from, SchoolYear to) {
    MethodBreak latest = null;
    for (MethodBreak b : indicator.methodBreaks()) {
      if (b.schoolYear().compareTo(from) > 0 && b.schoolYear().compareTo(to) <= 0
          && (latest == null || b.schoolYear().compareTo(latest.schoolYear()) > 0)) {
        latest = b;
      }
    }
    return Optional.ofNullable(latest);
  }
}
