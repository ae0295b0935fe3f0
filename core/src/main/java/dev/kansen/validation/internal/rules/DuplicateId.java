package dev.kansen.validation.internal.rules;

import dev.kansen.model.Programme;
import dev.kansen.validation.internal.KeyPositions;
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
import java.util.List;
import java.util.function.Function;

/** Entity ids are unique across the whole document. */
final class DuplicateId extends BuiltInRule {
  DuplicateId() {
    super(RuleCode.DUPLICATE_ID);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    // the first element of each id, by the order in which the scans meet them; its pointer is made only for a finding
    Programme programme = index.programme();
    int count = programme.partners().size() + programme.goals().size() + programme.interventions().size()
        + programme.grants().size() + programme.indicators().size() + programme.participation().size();
    Seen seen = new Seen(count);
    scan(index.partners(), Partner::id, seen, findings);
    scan(index.goals(), Goal::id, seen, findings);
    scan(index.interventions(), Intervention::id, seen, findings);
    scan(index.grants(), Grant::id, seen, findings);
    scan(index.indicators(), Indicator::id, seen, findings);
    scan(index.participation(), dev.kansen.model.Participation::id, seen, findings);
  }

  /** The ids met so far, each with the first element that has it. */
  private static final class Seen {
    final KeyPositions first;
    final Located<?>[] elements;
    int count;

    Seen(int expected) {
      first = new KeyPositions(expected);
      elements = new Located<?>[expected];
    }
  }

  private static <T> void scan(List<Located<T>> items, Function<T, String> id, Seen seen, Findings findings) {
    for (int i = 0; i < items.size(); i++) {
      Located<T> item = items.get(i);
      String value = id.apply(item.value());
      int earlier = seen.first.putIfAbsent(value, seen.count);
      if (earlier == KeyPositions.NONE) {
        seen.elements[seen.count++] = item;
      } else {
        findings.reportArguments(item.at(WireNames.ID), "id", value, "first", seen.elements[earlier].at(WireNames.ID));
      }
    }
  }
}
