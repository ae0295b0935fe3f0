package dev.kansen.disclosure.internal;

import dev.kansen.analysis.PublishedCell;
import dev.kansen.analysis.PublishedFigure;
import dev.kansen.analysis.Suppression;
import dev.kansen.model.Measure;
import dev.kansen.model.Measurement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Protects one figure's table: primary suppression, complementary suppression along the relations,
 * then the audit — for every withheld small group, the range an attacker can derive — and more
 * suppression until every range meets the protection level. Complementary cells are chosen greedily,
 * the one with the fewest pupils first (the least information lost); the total is never withheld as a
 * complement. Every round withholds one more cell, so the loop ends after at most as many rounds as
 * the table has cells.
 */
public final class Protection {
  /** The least width of a sum's range that is more than one value, for amounts never below zero. */
  private static final double AMOUNT_EPSILON = 1e-6;
  private final int threshold;
  private final double level;
  private final Ranges ranges;

  /**
   * @param threshold the fewest pupils a published figure or cell may rest on
   * @param level the protection level: the share of a small group's pupils its range must span
   * @param ranges the solver of the attacker's program
   */
  public Protection(int threshold, double level, Ranges ranges) {
    this.threshold = threshold;
    this.level = level;
    this.ranges = ranges;
  }

  /**
   * The published form of a figure and its cells.
   *
   * @param figure the figure
   * @param published the figure as it may be published
   * @param cells its cells in the order of its breakdowns
   */
  public record Outcome(Measurement figure, PublishedFigure published, List<PublishedCell> cells) {}

  /**
   * Protects a figure.
   *
   * @param figure the figure
   * @param measure how its values are measured
   * @param target whether it is a target (a goal set by the programme, not measured on pupils)
   * @param partOf the partner each partner belongs to, by id
   * @return what may be published of it
   */
  public Outcome protect(Measurement figure, Measure measure, boolean target, Map<String, String> partOf) {
    Table table = Table.of(figure, measure, target, partOf);
    primary(table, figure);
    if (table.total().published()) {
      while (complementary(table) || audit(table)) {
        // each round withholds one more cell
      }
    }
    return outcome(table, figure);
  }

  private void primary(Table table, Measurement figure) {
    Node total = table.total();
    boolean cellsStatePupils = figure.breakdowns().stream().anyMatch(b -> b.pupils().isPresent());
    if (figure.pupils().isPresent()) {
      total.suppression = figure.pupils().getAsInt() < threshold ? Suppression.SMALL_CELL : Suppression.NONE;
    } else if (cellsStatePupils) {
      total.suppression = table.population >= threshold ? Suppression.NONE : Suppression.UNKNOWN_PUPILS;
    } else {
      // Not a figure about a counted group: a goal, a count of schools, a description in words. A
      // share of pupils measured on an unknown number of them is withheld.
      boolean share = table.measure == Measure.PERCENTAGE && !table.target;
      total.suppression = share ? Suppression.UNKNOWN_PUPILS : Suppression.NONE;
    }
    for (Node node : table.nodes) {
      if (node.index == 0 || node.residual) {
        continue;
      }
      if (!total.published()) {
        node.suppression = Suppression.FIGURE_WITHHELD;
      } else if (!node.known()) {
        node.suppression = Suppression.UNKNOWN_PUPILS;
      } else if (node.pupils < threshold) {
        node.suppression = Suppression.SMALL_CELL;
      }
    }
  }

  /** Withholds one cell when a published parent's withheld members rest on fewer pupils than the threshold. */
  private boolean complementary(Table table) {
    for (Row row : table.rows) {
      if (!table.nodes.get(row.parent()).published()) {
        continue;
      }
      long withheld = row.members().stream().map(table.nodes::get).filter(n -> !n.published())
          .mapToLong(n -> n.pupils).sum();
      if (withheld > 0 && withheld < threshold) {
        Optional<Node> cheapest = cheapest(row.members().stream().map(table.nodes::get).toList());
        Node withhold = cheapest.orElse(row.parent() == 0 ? null : table.nodes.get(row.parent()));
        if (withhold != null) {
          withhold.suppression = Suppression.COMPLEMENTARY;
          return true;
        }
      }
    }
    return false;
  }

  /** Audits every withheld small group; withholds one more cell for the first whose range is too narrow. */
  private boolean audit(Table table) {
    if (!table.additive() || table.population < 0) {
      return false;
    }
    boolean[] published = published(table);
    boolean[] totalOnly = new boolean[table.nodes.size()];
    totalOnly[0] = true;
    for (Node node : table.nodes) {
      if (node.published() || !node.known() || node.pupils >= threshold || node.index == 0) {
        continue;
      }
      Ranges.Range range = ranges.range(table, node.index, published);
      if (range.feasible() && protectedEnough(table, node, range, totalOnly)) {
        continue;
      }
      Optional<Node> withhold = candidate(table, node);
      if (withhold.isPresent()) {
        withhold.get().suppression = Suppression.PROTECTION_LEVEL;
        return true;
      }
    }
    return false;
  }

  private boolean protectedEnough(Table table, Node node, Ranges.Range range, boolean[] totalOnly) {
    if (table.measure == Measure.PERCENTAGE) {
      long required = Math.max(1, (long) Math.ceil(level * node.pupils - 1e-9));
      if (range.width() >= required) {
        return true;
      }
      // What the total alone says (a total of 0% or 100% says it of every group) cannot be protected.
      Ranges.Range baseline = ranges.range(table, node.index, totalOnly);
      return baseline.feasible() && range.width() >= Math.min(required, baseline.width());
    }
    if (!range.bounded()) {
      return true;
    }
    Ranges.Range baseline = ranges.range(table, node.index, totalOnly);
    if (table.nonNegative) {
      // An amount never below zero: the group's sum must span the protection level times what its
      // pupils would hold at the total's mean (and never one value), unless the total alone says more.
      double required = Math.max(level * node.pupils * table.total().value.get().doubleValue(), AMOUNT_EPSILON);
      return baseline.feasible() && range.width() >= Math.min(required, baseline.width()) - AMOUNT_EPSILON / 2;
    }
    return baseline.feasible() && baseline.bounded() && range.width() >= baseline.width();
  }

  /**
   * The published cell to withhold for a small group whose range is too narrow: the one with the
   * fewest pupils among those sharing a relation with it, else among those reached through withheld
   * groups, else any.
   */
  private Optional<Node> candidate(Table table, Node small) {
    Map<Integer, List<Row>> rowsOf = new HashMap<>();
    for (Row row : table.rows) {
      rowsOf.computeIfAbsent(row.parent(), k -> new ArrayList<>()).add(row);
      row.members().forEach(m -> rowsOf.computeIfAbsent(m, k -> new ArrayList<>()).add(row));
    }
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(small.index);
    seen.add(small.index);
    while (!queue.isEmpty()) {
      List<Node> reached = new ArrayList<>();
      List<Integer> next = new ArrayList<>();
      for (int index : queue) {
        for (Row row : rowsOf.getOrDefault(index, List.of())) {
          List<Integer> all = new ArrayList<>(row.members());
          all.add(row.parent());
          for (int i : all) {
            Node n = table.nodes.get(i);
            reached.add(n);
            if (!n.published() && seen.add(i)) {
              next.add(i);
            }
          }
        }
      }
      Optional<Node> cheapest = cheapest(reached);
      if (cheapest.isPresent()) {
        return cheapest;
      }
      queue.clear();
      queue.addAll(next);
    }
    return cheapest(table.nodes);
  }

  /** The published cell with the fewest pupils (the first of equals), never the total. */
  private static Optional<Node> cheapest(List<Node> nodes) {
    return nodes.stream().filter(n -> n.index != 0 && n.published() && !n.residual)
        .min(Comparator.comparingLong((Node n) -> n.pupils).thenComparingInt(n -> n.index));
  }

  private static boolean[] published(Table table) {
    boolean[] published = new boolean[table.nodes.size()];
    for (Node node : table.nodes) {
      published[node.index] = node.published();
    }
    return published;
  }

  private static Outcome outcome(Table table, Measurement figure) {
    Node total = table.total();
    PublishedFigure published = total.published()
        ? new PublishedFigure(figure.value(), figure.pupils(), figure.comment(), Suppression.NONE)
        : PublishedFigure.suppressed(total.suppression);
    List<PublishedCell> cells = new ArrayList<>();
    for (Node node : table.nodes) {
      if (node.breakdown < 0) {
        continue;
      }
      var b = figure.breakdowns().get(node.breakdown);
      cells.add(node.published()
          ? new PublishedCell(b.dimension(), b.category(), b.value(), b.pupils(), Suppression.NONE)
          : new PublishedCell(b.dimension(), b.category(), Optional.empty(), OptionalInt.empty(), node.suppression));
    }
    return new Outcome(figure, published, List.copyOf(cells));
  }
}
