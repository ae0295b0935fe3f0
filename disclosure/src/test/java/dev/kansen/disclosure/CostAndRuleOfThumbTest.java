package dev.kansen.disclosure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.analysis.Disclosure;
import dev.kansen.analysis.PublishedCell;
import dev.kansen.analysis.PublishedFigure;
import dev.kansen.disclosure.internal.Protection;
import dev.kansen.disclosure.internal.Ranges;
import dev.kansen.model.Measure;
import dev.kansen.testing.Seeds;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The attacker breaks the per-dimension rule of thumb on generated tables (so the property test's
 * attacker is not toothless), and the share of cells published by the linked control against that
 * rule, printed so the cost of protection is visible (recorded in docs/privacy.md).
 */
class CostAndRuleOfThumbTest {
  private static final int THRESHOLD = 10;
  private static final int TABLES = 1000;

  @Test
  void theAttackerPinsSmallGroupsUnderThePerDimensionRuleButNotUnderTheLinkedControl() {
    Disclosure ruleOfThumb = Disclosure.of(THRESHOLD);
    Ranges ranges = new Ranges();
    Protection linked = new Protection(THRESHOLD, LinkedDisclosure.DEFAULT_PROTECTION_LEVEL, ranges);
    int pinnedByRule = 0;
    int pinnedLinked = 0;
    long cells = 0;
    long publishedByRule = 0;
    long publishedLinked = 0;
    SplittableRandom seeds = new SplittableRandom(Seeds.DEFAULT_SEED);
    for (int i = 0; i < TABLES; i++) {
      GeneratedTable table = new GeneratedTable(seeds.split());
      List<PublishedCell> rule = ruleOfThumb.cells(table.figure);
      Protection.Outcome outcome = linked.protect(table.figure, Measure.PERCENTAGE, false, table.partOf);
      pinnedByRule += pinned(table, ruleOfThumb.figure(table.figure), rule) ? 1 : 0;
      pinnedLinked += pinned(table, outcome.published(), outcome.cells()) ? 1 : 0;
      cells += rule.size();
      publishedByRule += rule.stream().filter(c -> !c.suppressed()).count();
      publishedLinked += outcome.cells().stream().filter(c -> !c.suppressed()).count();
    }
    System.out.printf("kansen disclosure cost over %d generated tables, %d cells: per-dimension rule publishes %.1f%%"
        + " (a small group pinned in %d tables), linked control %.1f%% (pinned in %d), %d solver calls%n",
        TABLES, cells, 100.0 * publishedByRule / cells, pinnedByRule, 100.0 * publishedLinked / cells, pinnedLinked,
        ranges.solves());
    assertTrue(pinnedByRule > 0, "the attacker pins a small group under the rule of thumb somewhere");
    assertTrue(pinnedLinked == 0, "the attacker pins no small group under the linked control");
  }

  private static boolean pinned(GeneratedTable table, PublishedFigure total, List<PublishedCell> cells) {
    Attacker attacker = new Attacker(table, total, cells);
    if (attacker.totalSaysAll() && !total.suppressed()) {
      return false;
    }
    Map<String, Boolean> withheld = new java.util.HashMap<>();
    cells.forEach(c -> withheld.put(c.dimension() + "/" + c.category(), c.suppressed()));
    for (Map.Entry<String, Set<Long>> group : attacker.possible.entrySet()) {
      String name = group.getKey();
      long size = attacker.sizes.get(name);
      boolean hidden = name.startsWith("rest/") || name.startsWith("union:") || withheld.getOrDefault(name, false);
      if (hidden && size > 0 && size < THRESHOLD && group.getValue().size() < 2) {
        return true;
      }
    }
    return false;
  }
}
