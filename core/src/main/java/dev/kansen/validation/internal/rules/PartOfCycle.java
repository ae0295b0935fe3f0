package dev.kansen.validation.internal.rules;

import dev.kansen.model.WireNames;
import dev.kansen.model.Partner;
import dev.kansen.validation.Findings;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;

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
    // the partners followed from the current start, in order; each partner is on one path only
    int[] path = new int[partners.size()];
    for (int start = 0; start < partners.size(); start++) {
      int length = 0;
      int current = start;
      while (current >= 0 && state[current] == NEW) {
        state[current] = ON_PATH;
        path[length++] = current;
        current = index.partOfPosition(current);
      }
      if (current >= 0 && state[current] == ON_PATH) {
        int from = 0;
        while (path[from] != current) {
          from++;
        }
        int first = current;
        List<String> ids = new ArrayList<>(length - from);
        for (int k = from; k < length; k++) {
          first = Math.min(first, path[k]);
          ids.add(partners.get(path[k]).id());
        }
        findings.reportArguments(index.partners().get(first).at(WireNames.PART_OF), "cycle", String.join(",", ids),
            "path", String.join(" -> ", ids) + " -> " + ids.get(0));
      }
      for (int k = 0; k < length; k++) {
        state[path[k]] = DONE;
      }
    }
  }

}
