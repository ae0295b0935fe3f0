package dev.kansen.validation.internal.rules;

import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.Intervention;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.validation.Findings;
import dev.kansen.validation.JsonPointer;
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
    Programme programme = index.programme();
    Map<String, JsonPointer> first = new HashMap<>();
    scan(programme.partners(), Partner::id, "partners", first, findings);
    scan(programme.goals(), Goal::id, "goals", first, findings);
    scan(programme.interventions(), Intervention::id, "interventions", first, findings);
    scan(programme.grants(), Grant::id, "grants", first, findings);
    scan(programme.indicators(), Indicator::id, "indicators", first, findings);
  }

  private static <T> void scan(List<T> items, Function<T, String> id, String list, Map<String, JsonPointer> first,
      Findings findings) {
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      JsonPointer at = JsonPointer.of(list, i, "id");
      JsonPointer earlier = first.putIfAbsent(value, at);
      if (earlier != null) {
        findings.report(at, "The id \"" + value + "\" is already used at " + earlier, "id", value, "first", earlier);
      }
    }
  }
}
