package dev.kansen.disclosure;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kansen.analysis.PublishedCell;
import dev.kansen.disclosure.internal.Protection;
import dev.kansen.disclosure.internal.Ranges;
import dev.kansen.model.Measure;
import dev.kansen.testing.Seeds;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over generated linked tables (schools within boards, an education dimension crossing them, groups
 * that are all 0% or 100%, totals without a count, a dimension that leaves pupils out), an attacker
 * written apart from the production code never pins the number with the attribute of a withheld
 * group of fewer pupils than the threshold, nor of a union of withheld groups of one relation.
 */
class AttackerPropertiesTest {
  private static final int THRESHOLD = 10;

  static Stream<Arguments> cases() {
    return Seeds.cases();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theAttackerNeverPinsASmallGroup(long seed) {
    GeneratedTable table = new GeneratedTable(new SplittableRandom(seed));
    Protection.Outcome outcome = new Protection(THRESHOLD, LinkedDisclosure.DEFAULT_PROTECTION_LEVEL, new Ranges())
        .protect(table.figure, Measure.PERCENTAGE, false, table.partOf);
    Attacker attacker = new Attacker(table, outcome.published(), outcome.cells());
    assertTrue(!attacker.possible.isEmpty() || outcome.published().suppressed() || table.pupils == 0,
        "the attacker finds the truth possible; " + Seeds.describe(seed));
    if (attacker.totalSaysAll() && !outcome.published().suppressed()) {
      return; // a published total of 0% or 100% says it of every group already
    }
    Map<String, Boolean> withheld = new java.util.HashMap<>();
    outcome.cells().forEach(c -> withheld.put(c.dimension() + "/" + c.category(), c.suppressed()));
    for (Map.Entry<String, Set<Long>> group : attacker.possible.entrySet()) {
      String name = group.getKey();
      long size = attacker.sizes.get(name);
      boolean hidden = name.startsWith("rest/") || name.startsWith("union:") || withheld.getOrDefault(name, false);
      if (hidden && size > 0 && size < THRESHOLD && group.getValue().size() < 2) {
        fail(name + " (" + size + " pupils) is pinned to " + group.getValue() + "; published " + outcome.published()
            + " " + outcome.cells() + "; " + Seeds.describe(seed));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void noPublishedFigureRestsOnFewerPupilsThanTheThreshold(long seed) {
    GeneratedTable table = new GeneratedTable(new SplittableRandom(seed));
    Protection.Outcome outcome = new Protection(THRESHOLD, LinkedDisclosure.DEFAULT_PROTECTION_LEVEL, new Ranges())
        .protect(table.figure, Measure.PERCENTAGE, false, table.partOf);
    for (PublishedCell cell : outcome.cells()) {
      assertTrue(cell.suppressed() || cell.pupils().getAsInt() >= THRESHOLD, cell + "; " + Seeds.describe(seed));
    }
    if (!outcome.published().suppressed()) {
      long known = table.figure.pupils().isPresent() ? table.figure.pupils().getAsInt()
          : table.truth.entrySet().stream().filter(e -> e.getKey().startsWith(GeneratedTable.SCHOOL + "/"))
              .mapToLong(e -> e.getValue()[0]).sum();
      assertTrue(known >= THRESHOLD, "a total on " + known + " pupils is published; " + Seeds.describe(seed));
    }
  }
}
