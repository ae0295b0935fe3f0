package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Partner;
import dev.kansen.validation.Findings;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Following partners' {@code partOf} never comes back to where it started. */
final class PartOfCycle extends BuiltInRule {
  private static final byte NEW = 0;
  private static final byte ON_PATH = 1;
  private static final byte DONE = 2;

  PartOfCycle() {
    super(RuleCode.PART_OF_CYCLE);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    List<Partner> partners = index.programme().partners();
    byte[] state = new byte[partners.size()];
    for (int start = 0; start < partners.size(); start++) {
      List<Integer> path = new ArrayList<>();
      int current = start;
      while (current >= 0 && state[current] == NEW) {
        state[current] = ON_PATH;
        path.add(current);
        current = parent(index, partners.get(current));
      }
      if (current >= 0 && state[current] == ON_PATH) {
        List<Integer> cycle = path.subList(path.indexOf(current), path.size());
        int first = cycle.stream().mapToInt(Integer::intValue).min().orElseThrow();
        List<String> ids = cycle.stream().map(i -> partners.get(i).id()).toList();
        findings.reportArguments(index.partners().get(first).at(WireNames.PART_OF), "cycle", String.join(",", ids),
            "path", String.join(" -> ", ids) + " -> " + ids.get(0));
      }
      path.forEach(i -> state[i] = DONE);
    }
  }

  private static int parent(ProgrammeIndex index, Partner partner) {
    if (partner.partOf().isEmpty()) {
      return -1;
    }
    OptionalInt position = index.partnerPosition(partner.partOf().get());
    return position.isPresent() ? position.getAsInt() : -1;
  }
}
