package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.Intervention;
import dev.kansen.model.Partner;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Entity ids are unique across the whole document. */
final class DuplicateId extends BuiltInRule {
  DuplicateId() {
    super(RuleCode.DUPLICATE_ID);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    Map<String, JsonPointer> first = new HashMap<>();
    scan(index.partners(), Partner::id, first, findings);
    scan(index.goals(), Goal::id, first, findings);
    scan(index.interventions(), Intervention::id, first, findings);
    scan(index.grants(), Grant::id, first, findings);
    scan(index.indicators(), Indicator::id, first, findings);
    scan(index.participation(), dev.kansen.model.Participation::id, first, findings);
  }

  private static <T> void scan(List<Located<T>> items, Function<T, String> id, Map<String, JsonPointer> first,
      Findings findings) {
    for (Located<T> item : items) {
      String value = id.apply(item.value());
      JsonPointer earlier = first.get(value);
      if (earlier == null) {
        first.put(value, item.at(WireNames.ID));
      } else {
        findings.reportArguments(item.at(WireNames.ID), "id", value, "first", earlier);
      }
    }
  }
}
