package dev.kansen.validation.internal.rules;

import dev.kansen.model.CohortCell;
import dev.kansen.model.CohortTable;
import dev.kansen.model.ParentalEducation;
import dev.kansen.model.ReferenceLevelCount;
import dev.kansen.model.TestDomain;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.EnumMap;
import java.util.Map;

/** A cohort table's margins disagree: the stated pupils, or a group's reference levels in a domain. */
final class CohortPupilsMismatch extends BuiltInRule {
  CohortPupilsMismatch() {
    super(RuleCode.COHORT_PUPILS_MISMATCH);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<CohortTable> located : index.cohortTables()) {
      CohortTable table = located.value();
      Map<ParentalEducation, Long> groups = new EnumMap<>(ParentalEducation.class);
      for (CohortCell cell : table.cells()) {
        groups.merge(cell.parentalEducation(), (long) cell.pupils(), Long::sum);
      }
      long cells = groups.values().stream().mapToLong(Long::longValue).sum();
      if (table.pupils().isPresent() && table.pupils().getAsInt() != cells) {
        findings.reportVariant(located.at("pupils"), "pupils", "table", table.id());
      }
      Map<ParentalEducation, Map<TestDomain, Long>> levels = new EnumMap<>(ParentalEducation.class);
      Map<ParentalEducation, Map<TestDomain, Integer>> first = new EnumMap<>(ParentalEducation.class);
      for (int i = 0; i < table.levels().size(); i++) {
        ReferenceLevelCount count = table.levels().get(i);
        levels.computeIfAbsent(count.parentalEducation(), g -> new EnumMap<>(TestDomain.class))
            .merge(count.domain(), (long) count.pupils(), Long::sum);
        first.computeIfAbsent(count.parentalEducation(), g -> new EnumMap<>(TestDomain.class))
            .putIfAbsent(count.domain(), i);
      }
      levels.forEach((group, byDomain) -> byDomain.forEach((domain, sum) -> {
        if (sum.longValue() != groups.getOrDefault(group, 0L).longValue()) {
          findings.reportVariant(located.at("levels", first.get(group).get(domain)), "levels", "table", table.id(),
              "group", group, "domain", domain);
        }
      }));
    }
  }
}
