package dev.kansen.cli.report;

import dev.kansen.cli.summary.Figure;
import dev.kansen.model.Breakdown;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One published cell of an equity breakdown. A cell computed from fewer pupils than the threshold
 * is suppressed, and so is the smallest other cell of its dimension when it is the only suppressed
 * one, so that its value cannot be worked out from the overall figure and the cells shown. A
 * suppressed cell holds neither its value nor its pupil count.
 *
 * @param dimension the dimension, e.g. {@code parentalEducation}
 * @param category the category, e.g. {@code low}
 * @param value the value, absent when suppressed or not given
 * @param pupils the pupils behind it, absent when suppressed or not given
 * @param suppressed whether the cell is withheld
 */
record EquityCell(String dimension, String category, Optional<BigDecimal> value, OptionalInt pupils, boolean suppressed) {

  /**
   * @param breakdowns the breakdowns of one figure
   * @param threshold the small-cell threshold
   * @return the cells as they may be published, by dimension, in the order given
   */
  static Map<String, List<EquityCell>> publishable(List<Breakdown> breakdowns, int threshold) {
    Map<String, List<Breakdown>> byDimension = new LinkedHashMap<>();
    breakdowns.forEach(b -> byDimension.computeIfAbsent(b.dimension(), d -> new ArrayList<>()).add(b));
    Map<String, List<EquityCell>> cells = new LinkedHashMap<>();
    byDimension.forEach((dimension, group) -> cells.put(dimension, publishableGroup(group, threshold)));
    return cells;
  }

  private static List<EquityCell> publishableGroup(List<Breakdown> group, int threshold) {
    List<Breakdown> primary = group.stream().filter(b -> suppressedAtSource(b, threshold)).toList();
    Optional<Breakdown> secondary = Optional.empty();
    if (primary.size() == 1 && group.size() > 1) {
      secondary = group.stream()
          .filter(b -> !primary.contains(b))
          .min(Comparator.comparingInt(b -> b.pupils().orElse(Integer.MAX_VALUE)));
    }
    List<EquityCell> cells = new ArrayList<>();
    for (Breakdown b : group) {
      boolean suppressed = primary.contains(b) || secondary.filter(s -> s == b).isPresent();
      cells.add(suppressed
          ? new EquityCell(b.dimension(), b.category(), Optional.empty(), OptionalInt.empty(), true)
          : new EquityCell(b.dimension(), b.category(), b.value(), b.pupils(), false));
    }
    return cells;
  }

  private static boolean suppressedAtSource(Breakdown b, int threshold) {
    return Figure.tooFew(b.pupils(), threshold) || (b.value().isEmpty() && b.pupils().isEmpty());
  }
}
