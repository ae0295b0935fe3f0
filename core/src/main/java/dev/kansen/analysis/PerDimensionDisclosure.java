package dev.kansen.analysis;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Measurement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The rule of thumb kansen used before linked protection: each dimension of a figure protected on its
 * own, after Statistics Netherlands' small-cell practice. It does <em>not</em> hold against an
 * attacker who combines dimensions, hierarchies (school within board) or cells that are all 0% or
 * 100%; kansen's outputs use the linked control of {@code kansen-disclosure} instead. It stays in
 * {@code kansen-core} as the baseline the cost of that control is measured against (the share of
 * cells published) and for callers that only need to know which figures rest on too few pupils.
 *
 * <p><b>Figures.</b> A baseline, target or actual is withheld when it states fewer pupils than the
 * threshold. A figure that states no pupils is published: it is not a count of pupils (a target, or
 * a count of schools) or the source did not say, and the validator's {@code SMALL_CELL} rule judges
 * it the same way. This is a deliberate choice, unlike a breakdown cell without a count (withheld
 * below): a figure without pupils has nothing to add up to, so no smaller group can be derived from it.
 *
 * <p><b>Breakdown cells</b>, per dimension, in two steps:
 * <ol>
 *   <li><i>Primary suppression</i> ({@link Suppression#SMALL_CELL}): a cell with fewer pupils than
 *       the threshold, with an unknown number of pupils, or of a figure that is itself withheld.
 *   <li><i>Complementary suppression</i> ({@link Suppression#COMPLEMENTARY}): as long as the withheld
 *       cells of the dimension are exactly one, or together rest on fewer pupils than the threshold
 *       (an unknown count counting as none), the published cell with the fewest pupils (the first
 *       of equals) is withheld too. Otherwise the total and the other cells would give away the
 *       small cell's pupils and, through the weighted total, its value — or the sum of two small
 *       cells, itself a figure about too few pupils. The rule applies whether or not the total is
 *       published, since the total's pupils usually are, and another dimension or release may give it.
 * </ol>
 * <p><b>Pupils the cells leave out.</b> When the figure states its pupils and a dimension's cells
 * state fewer, the difference is a group anyone can work out (its pupils, and through the weighted
 * total its value): it is an <i>implicit withheld cell</i>. It counts towards the withheld pupils
 * above and, when every cell of the dimension states its pupils, as one more withheld cell; when it
 * holds fewer pupils than the threshold it starts complementary suppression like a small cell does,
 * so at least one published cell is withheld with it and only their sum can be derived. (Cells
 * without a stated count are themselves part of the difference, so it then adds pupils, not a cell.)
 * Dimensions are protected one by one; kansen holds no cross-tabulations, so cells of different
 * dimensions cannot be combined into a smaller group.
 *
 * @param threshold the fewest pupils a published figure or cell may rest on; at least 1
 */
public record PerDimensionDisclosure(int threshold) implements Disclosure {
  /**
   * Checks the threshold.
   *
   * @throws IllegalArgumentException when the threshold is below 1
   */
  public PerDimensionDisclosure {
    if (threshold < 1) {
      throw new IllegalArgumentException("PerDimensionDisclosure.threshold must be at least 1 pupil, but was " + threshold);
    }
  }

  /**
   * A figure as it may be published.
   *
   * @param figure a baseline, target or actual
   * @return the figure, or {@link Suppression#SMALL_CELL} holding nothing when it states fewer pupils
   *     than the threshold
   */
  @Override
  public PublishedFigure figure(Measurement figure) {
    if (tooFew(figure.pupils())) {
      return PublishedFigure.suppressed(Suppression.SMALL_CELL);
    }
    return new PublishedFigure(figure.value(), figure.pupils(), figure.comment(), Suppression.NONE);
  }

  /**
   * The dimensions a figure is broken down by.
   *
   * @param figure a figure
   * @return its dimensions, in order of first appearance among its breakdowns
   */
  @Override
  public List<String> dimensions(Measurement figure) {
    LinkedHashSet<String> dimensions = new LinkedHashSet<>();
    figure.breakdowns().forEach(cell -> dimensions.add(cell.dimension()));
    return List.copyOf(dimensions);
  }

  /**
   * Every breakdown cell of a figure as it may be published.
   *
   * @param figure a figure
   * @return its cells in the order of its breakdowns, each suppressed or not by the rule above
   */
  @Override
  public List<PublishedCell> cells(Measurement figure) {
    boolean figureSuppressed = tooFew(figure.pupils());
    Map<String, List<Integer>> byDimension = new LinkedHashMap<>();
    for (int i = 0; i < figure.breakdowns().size(); i++) {
      byDimension.computeIfAbsent(figure.breakdowns().get(i).dimension(), d -> new ArrayList<>()).add(i);
    }
    Suppression[] suppression = new Suppression[figure.breakdowns().size()];
    byDimension.values().forEach(positions ->
        suppress(figure.pupils(), figure.breakdowns(), positions, figureSuppressed, suppression));
    List<PublishedCell> cells = new ArrayList<>(suppression.length);
    for (int i = 0; i < suppression.length; i++) {
      Breakdown cell = figure.breakdowns().get(i);
      cells.add(suppression[i].suppressed()
          ? new PublishedCell(cell.dimension(), cell.category(), Optional.empty(), OptionalInt.empty(), suppression[i])
          : new PublishedCell(cell.dimension(), cell.category(), cell.value(), cell.pupils(), Suppression.NONE));
    }
    return List.copyOf(cells);
  }

  /**
   * The breakdown cells of one dimension of a figure as they may be published.
   *
   * @param figure a figure
   * @param dimension a dimension, e.g. {@link Breakdown#PARENTAL_EDUCATION}
   * @return the dimension's cells in the order of the figure's breakdowns; empty when the figure is
   *     not broken down by it
   */
  @Override
  public List<PublishedCell> cells(Measurement figure, String dimension) {
    return cells(figure).stream().filter(cell -> cell.dimension().equals(dimension)).toList();
  }

  /** Marks the cells of one dimension, given by their positions among the breakdowns. */
  private void suppress(OptionalInt total, List<Breakdown> breakdowns, List<Integer> positions,
      boolean figureSuppressed, Suppression[] suppression) {
    long withheldPupils = 0;
    int withheld = 0;
    long statedPupils = 0;
    boolean allStated = true;
    for (int i : positions) {
      OptionalInt pupils = breakdowns.get(i).pupils();
      statedPupils += pupils.orElse(0);
      allStated &= pupils.isPresent();
      if (figureSuppressed || pupils.isEmpty() || tooFew(pupils)) {
        suppression[i] = Suppression.SMALL_CELL;
        withheld++;
        withheldPupils += pupils.orElse(0);
      } else {
        suppression[i] = Suppression.NONE;
      }
    }
    long residual = total.isPresent() ? total.getAsInt() - statedPupils : 0;
    boolean small = withheld > 0;
    if (residual > 0) {
      // The pupils the cells leave out can be worked out from the total: an implicit withheld cell.
      // Cells without a stated count are part of it, so it only adds a cell when every count is stated.
      withheldPupils += residual;
      if (allStated) {
        withheld++;
        small |= residual < threshold;
      }
    }
    while (small && (withheld == 1 || withheldPupils < threshold)) {
      Optional<Integer> smallest = positions.stream()
          .filter(i -> suppression[i] == Suppression.NONE)
          .min(Comparator.comparingInt((Integer i) -> breakdowns.get(i).pupils().getAsInt()));
      if (smallest.isEmpty()) {
        return;
      }
      suppression[smallest.get()] = Suppression.COMPLEMENTARY;
      withheld++;
      withheldPupils += breakdowns.get(smallest.get()).pupils().getAsInt();
    }
  }

  private boolean tooFew(OptionalInt pupils) {
    return pupils.isPresent() && pupils.getAsInt() < threshold;
  }
}
