package dev.kansen.analysis;

import dev.kansen.model.Breakdown;
import dev.kansen.model.Measurement;
import dev.kansen.validation.ValidationContext;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Decides which figures and breakdown cells may be published. Every output — text, JSON, HTML —
 * asks one {@code Disclosure}, so all show and withhold the same numbers.
 *
 * <p>kansen's outputs use the linked control of the {@code kansen-disclosure} module, which protects
 * all breakdowns of a figure together and audits every withheld small group by linear programming
 * (see {@code docs/privacy.md}). {@code kansen-core} depends on no solver, so it holds only this
 * contract, the published forms ({@link PublishedFigure}, {@link PublishedCell}, {@link Suppression})
 * and the per-dimension rule of thumb {@link PerDimensionDisclosure} that {@link #of(int)} returns.
 */
public interface Disclosure {
  /** The threshold unless told otherwise: Statistics Netherlands commonly suppresses cells of fewer than 10. */
  int DEFAULT_THRESHOLD = ValidationContext.DEFAULT_SMALL_CELL_THRESHOLD;

  /** @return the fewest pupils a published figure or cell may rest on; at least 1 */
  int threshold();

  /**
   * A figure as it may be published.
   *
   * @param figure a baseline, target or actual
   * @return the figure, or a withheld figure holding nothing
   */
  PublishedFigure figure(Measurement figure);

  /**
   * Every breakdown cell of a figure as it may be published.
   *
   * @param figure a figure
   * @return its cells in the order of its breakdowns, each withheld or not
   */
  List<PublishedCell> cells(Measurement figure);

  /**
   * The breakdown cells of one dimension of a figure as they may be published.
   *
   * @param figure a figure
   * @param dimension a dimension, e.g. {@link Breakdown#PARENTAL_EDUCATION}
   * @return the dimension's cells in the order of the figure's breakdowns; empty when the figure is
   *     not broken down by it
   */
  default List<PublishedCell> cells(Measurement figure, String dimension) {
    return cells(figure).stream().filter(cell -> cell.dimension().equals(dimension)).toList();
  }

  /**
   * The dimensions a figure is broken down by.
   *
   * @param figure a figure
   * @return its dimensions, in order of first appearance among its breakdowns
   */
  default List<String> dimensions(Measurement figure) {
    LinkedHashSet<String> dimensions = new LinkedHashSet<>();
    figure.breakdowns().forEach(cell -> dimensions.add(cell.dimension()));
    return List.copyOf(dimensions);
  }

  /**
   * The per-dimension rule of thumb with a given threshold.
   *
   * @param threshold the fewest pupils a published figure may rest on; at least 1
   * @return the rule
   * @throws IllegalArgumentException when the threshold is below 1
   */
  static Disclosure of(int threshold) {
    return new PerDimensionDisclosure(threshold);
  }

  /** @return the per-dimension rule of thumb with the {@linkplain #DEFAULT_THRESHOLD default threshold} */
  static Disclosure standard() {
    return new PerDimensionDisclosure(DEFAULT_THRESHOLD);
  }

  /**
   * The per-dimension rule of thumb with the threshold a validation used.
   *
   * @param context a validation context
   * @return the rule with the context's {@link ValidationContext#smallCellThreshold()}
   */
  static Disclosure of(ValidationContext context) {
    return new PerDimensionDisclosure(context.smallCellThreshold());
  }
}
