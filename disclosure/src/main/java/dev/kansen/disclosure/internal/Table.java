package dev.kansen.disclosure.internal;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Measure;
import dev.kansen.model.Measurement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A figure as a linked table: its total, its breakdown cells and the additive relations between
 * them — each dimension divides the total's pupils; a category that is part of another
 * ({@code Partner.partOf}, e.g. a school of a board), in the same dimension or another, divides its
 * parent's pupils. Pupils a relation's members leave out form a residual member, which is never
 * published. A cell that states no pupils belongs to its relation's residual.
 */
final class Table {
  final Measure measure;
  final boolean target;
  final OptionalLong statedTotal;
  final List<Node> nodes = new ArrayList<>();
  final List<Row> rows = new ArrayList<>();
  /** The pupils of the total: stated, or else the most the cells of one dimension state; -1 when unknown. */
  final long population;
  /**
   * Whether the table is a mean of an amount that is never below zero, as an attacker reads it: a
   * {@code UNIT} figure ("a count or amount of units") with a total value, none of whose values is
   * negative. Its groups' sums are then at least zero.
   */
  final boolean nonNegative;

  private Table(Measurement figure, Measure measure, boolean target, Map<String, String> partOf) {
    this.measure = measure;
    this.target = target;
    this.statedTotal = figure.pupils().isPresent() ? OptionalLong.of(figure.pupils().getAsInt()) : OptionalLong.empty();
    nodes.add(new Node(0, -1, "", "", figure.pupils().isPresent() ? figure.pupils().getAsInt() : -1, figure.value(),
        false));
    Map<String, List<Node>> byDimension = new LinkedHashMap<>();
    for (int i = 0; i < figure.breakdowns().size(); i++) {
      Breakdown b = figure.breakdowns().get(i);
      Node node = new Node(nodes.size(), i, b.dimension(), b.category(),
          b.pupils().isPresent() ? b.pupils().getAsInt() : -1, b.value(), false);
      nodes.add(node);
      byDimension.computeIfAbsent(b.dimension(), d -> new ArrayList<>()).add(node);
    }
    // Parents within the same dimension: the nearest ancestor (by partOf) that is a category of it;
    // else the nearest ancestor that is a category of another dimension: a school is within the area
    // of its board as within its board, whether or not the board is a category.
    Map<Node, Node> parentInDimension = new LinkedHashMap<>();
    Map<Node, Node> parentElsewhere = new LinkedHashMap<>();
    for (List<Node> cells : byDimension.values()) {
      for (Node cell : cells) {
        Optional<Node> elsewhere = Optional.empty();
        String ancestor = partOf.get(cell.category);
        for (int depth = 0; ancestor != null && depth < 32; depth++) {
          Optional<Node> same = find(cells, ancestor);
          if (same.isPresent() && same.get() != cell) {
            parentInDimension.put(cell, same.get());
            elsewhere = Optional.empty();
            break;
          }
          if (elsewhere.isEmpty()) {
            elsewhere = inOtherDimension(byDimension, cell.dimension, ancestor);
          }
          ancestor = partOf.get(ancestor);
        }
        elsewhere.ifPresent(parent -> parentElsewhere.put(cell, parent));
      }
    }
    long population = statedTotal.orElse(-1);
    if (statedTotal.isEmpty()) {
      for (List<Node> cells : byDimension.values()) {
        long sum = cells.stream().filter(c -> !parentInDimension.containsKey(c) && c.known()).mapToLong(c -> c.pupils).sum();
        if (cells.stream().anyMatch(Node::known)) {
          population = Math.max(population, sum);
        }
      }
    }
    this.population = population;
    this.nonNegative = measure == Measure.UNIT && nodes.get(0).value.isPresent()
        && nodes.stream().allMatch(n -> n.value.map(v -> v.signum() >= 0).orElse(true));
    nodes.get(0).pupils = population;
    // Relations: each dimension divides the total; each parent category divides into its children.
    for (List<Node> cells : byDimension.values()) {
      relation(0, population, cells.stream().filter(c -> !parentInDimension.containsKey(c)).toList(),
          cells.get(0).dimension);
    }
    Map<Node, Map<String, List<Node>>> children = new LinkedHashMap<>();
    parentInDimension.forEach((child, parent) -> children.computeIfAbsent(parent, p -> new LinkedHashMap<>())
        .computeIfAbsent(child.dimension, d -> new ArrayList<>()).add(child));
    parentElsewhere.forEach((child, parent) -> children.computeIfAbsent(parent, p -> new LinkedHashMap<>())
        .computeIfAbsent(child.dimension, d -> new ArrayList<>()).add(child));
    children.forEach((parent, byChildDimension) -> byChildDimension.forEach((dimension, members) ->
        relation(parent.index, parent.pupils, members, dimension)));
  }

  /**
   * The table of a figure.
   *
   * @param figure the figure
   * @param measure how its values are measured
   * @param target whether it is a target (a goal, not a measurement of pupils)
   * @param partOf the partner each partner belongs to, by id
   * @return the table
   */
  static Table of(Measurement figure, Measure measure, boolean target, Map<String, String> partOf) {
    return new Table(figure, measure, target, partOf);
  }

  private void relation(int parent, long parentPupils, List<Node> members, String dimension) {
    if (parentPupils < 0) {
      return;
    }
    List<Integer> indices = new ArrayList<>();
    long stated = 0;
    for (Node member : members) {
      if (member.known()) {
        indices.add(member.index);
        stated += member.pupils;
      }
    }
    long rest = parentPupils - stated;
    if (rest < 0) {
      // The cells state more pupils than their parent: the data contradict themselves (the validator
      // reports BREAKDOWN_PUPILS_MISMATCH) and the relation cannot be used.
      return;
    }
    if (rest > 0) {
      Node residual = new Node(nodes.size(), -1, dimension, nodes.get(parent).category, rest, Optional.empty(), true);
      nodes.add(residual);
      indices.add(residual.index);
    }
    if (!indices.isEmpty()) {
      rows.add(new Row(parent, indices));
    }
  }

  private static Optional<Node> find(List<Node> cells, String category) {
    return cells.stream().filter(c -> c.category.equals(category)).findFirst();
  }

  /** @return the cell of a dimension other than {@code dimension} whose category is {@code category} */
  private static Optional<Node> inOtherDimension(Map<String, List<Node>> byDimension, String dimension, String category) {
    for (Map.Entry<String, List<Node>> other : byDimension.entrySet()) {
      if (!other.getKey().equals(dimension)) {
        Optional<Node> parent = find(other.getValue(), category);
        if (parent.isPresent()) {
          return parent;
        }
      }
    }
    return Optional.empty();
  }

  Node total() {
    return nodes.get(0);
  }

  /** @return whether the attribute counts of this table add up: a share of pupils, or a mean of a quantity */
  boolean additive() {
    return measure == Measure.PERCENTAGE || measure == Measure.UNIT;
  }
}
