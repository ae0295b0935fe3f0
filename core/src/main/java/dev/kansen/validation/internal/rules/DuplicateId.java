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
    // the first element of each id; its pointer is made only for a finding
    Map<String, Located<?>> first = new HashMap<>(Math.max(16, 2 * (index.programme().partners().size()
        + index.programme().interventions().size() + index.programme().indicators().size())));
    scan(index.partners(), Partner::id, first, findings);
    scan(index.goals(), Goal::id, first, findings);
    scan(index.interventions(), Intervention::id, first, findings);
    scan(index.grants(), Grant::id, first, findings);
    scan(index.indicators(), Indicator::id, first, findings);
    scan(index.participation(), dev.kansen.model.Participation::id, first, findings);
  }

  private static <T> void scan(List<Located<T>> items, Function<T, String> id, Map<String, Located<?>> first,
      Findings findings) {
    for (Located<T> item : items) {
      String value = id.apply(item.value());
      Located<?> earlier = first.putIfAbsent(value, item);
      if (earlier != null) {
        findings.reportArguments(item.at(WireNames.ID), "id", value, "first", earlier.at(WireNames.ID));
      }
    }
  }
}
