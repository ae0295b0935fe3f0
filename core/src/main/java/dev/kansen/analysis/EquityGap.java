package dev.kansen.analysis;

import dev.kansen.model.Measurement;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The difference between two groups of pupils in one figure, such as the share of pupils with a
 * school advice below their test advice among children of parents with a low and with a high level
 * of education: {@code value = value(category) − value(reference)}, in the figure's own unit
 * (percentage points for a percentage).
 *
 * <p>A gap is only computed from cells that {@link Disclosure} publishes: a gap involving a
 * suppressed cell would, together with the other cell, give the suppressed value away. The
 * subtraction is exact ({@link BigDecimal#subtract}); the scale is the larger of the two values'. A
 * gap is meaningful for {@code UNIT} and {@code PERCENTAGE} indicators; the caller, who knows the
 * indicator's measure, decides whether to ask.
 *
 * @param dimension the dimension, e.g. {@code parentalEducation}
 * @param category the category subtracted from, e.g. {@code high}
 * @param reference the category subtracted, e.g. {@code low}
 * @param value {@code value(category) − value(reference)}
 */
public record EquityGap(String dimension, String category, String reference, BigDecimal value) {
  /** Checks that no component is {@code null}. */
  public EquityGap {
    Objects.requireNonNull(dimension, "EquityGap.dimension must not be null");
    Objects.requireNonNull(category, "EquityGap.category must not be null");
    Objects.requireNonNull(reference, "EquityGap.reference must not be null");
    Objects.requireNonNull(value, "EquityGap.value must not be null");
  }

  /**
   * The gap between two categories of a dimension.
   *
   * @param figure a figure with breakdowns
   * @param dimension the dimension, e.g. {@link dev.kansen.model.Breakdown#PARENTAL_EDUCATION}
   * @param category the category subtracted from, e.g. {@code high}
   * @param reference the category subtracted, e.g. {@code low}
   * @param disclosure the rule deciding which cells may be published
   * @return the gap; empty when either category is not in the dimension or appears in it more than
   *     once, is suppressed, or has no value
   */
  public static Optional<EquityGap> between(Measurement figure, String dimension, String category, String reference,
      Disclosure disclosure) {
    List<PublishedCell> cells = disclosure.cells(figure, dimension);
    return value(cells, category).flatMap(minuend -> value(cells, reference)
        .map(subtrahend -> new EquityGap(dimension, category, reference, minuend.subtract(subtrahend))));
  }

  /**
   * The gap between the highest and the lowest category of a dimension.
   *
   * @param figure a figure with breakdowns
   * @param dimension the dimension, e.g. {@link dev.kansen.model.Breakdown#PARENTAL_EDUCATION}
   * @param disclosure the rule deciding which cells may be published
   * @return the gap, never negative, from the highest category (the first of equals) to the lowest
   *     (the first of equals); empty unless the dimension has at least two cells and every one is
   *     published with a value — with a cell withheld, the published extremes need not be the real ones
   */
  public static Optional<EquityGap> range(Measurement figure, String dimension, Disclosure disclosure) {
    List<PublishedCell> cells = disclosure.cells(figure, dimension);
    if (cells.size() < 2 || cells.stream().anyMatch(c -> c.suppressed() || c.value().isEmpty())) {
      return Optional.empty();
    }
    Comparator<PublishedCell> byValue = Comparator.comparing(c -> c.value().orElseThrow());
    PublishedCell highest = cells.stream().reduce((a, b) -> byValue.compare(b, a) > 0 ? b : a).orElseThrow();
    PublishedCell lowest = cells.stream().reduce((a, b) -> byValue.compare(b, a) < 0 ? b : a).orElseThrow();
    return Optional.of(new EquityGap(dimension, highest.category(), lowest.category(),
        highest.value().orElseThrow().subtract(lowest.value().orElseThrow())));
  }

  private static Optional<BigDecimal> value(List<PublishedCell> cells, String category) {
    List<PublishedCell> matching = cells.stream().filter(c -> c.category().equals(category)).toList();
    if (matching.size() != 1 || matching.get(0).suppressed()) {
      return Optional.empty();
    }
    return matching.get(0).value();
  }
}
