package dev.kansen.analysis;

import dev.kansen.model.Measurement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The gaps between the groups of a percentage figure's breakdown and a reference group, with their
 * confidence intervals: e.g. the share of pupils of parents with a low education with a school advice
 * below their test advice, minus that share among children of parents with a high education.
 *
 * <p>Only published cells take part: a gap involving a withheld cell would, with the other cell, give
 * it away. A cell's count of pupils with the attribute is recovered from its percentage and its pupils
 * ({@code round(value × pupils / 100)}), so the interval is as exact as the figure's rounding allows;
 * where the counts themselves are held, {@link CohortEquity} computes from them.
 */
public final class BreakdownGaps {
  private BreakdownGaps() {}

  /**
   * The gaps of every published category of a dimension against a reference category.
   *
   * @param figure a figure of a {@code PERCENTAGE} indicator
   * @param dimension the dimension, e.g. {@link dev.kansen.model.Breakdown#PARENTAL_EDUCATION}
   * @param reference the reference category, e.g. {@code high}
   * @param disclosure the rule deciding which cells may be published
   * @param method the interval method
   * @return a gap for each other published category with a value from 0 to 100, in the order of the
   *     cells; empty when the reference is absent, occurs more than once, is withheld, or has no value
   */
  public static List<ProportionGap> of(Measurement figure, String dimension, String reference, Disclosure disclosure,
      IntervalMethod method) {
    List<PublishedCell> cells = disclosure.cells(figure, dimension);
    List<PublishedCell> references = cells.stream().filter(c -> c.category().equals(reference)).toList();
    if (references.size() != 1) {
      return List.of();
    }
    Optional<Proportion> base = proportion(references.get(0));
    if (base.isEmpty()) {
      return List.of();
    }
    List<ProportionGap> gaps = new ArrayList<>();
    for (PublishedCell cell : cells) {
      if (!cell.category().equals(reference)
          && cells.stream().filter(c -> c.category().equals(cell.category())).count() == 1) {
        proportion(cell).ifPresent(p -> gaps.add(ProportionGap.of(cell.category(), p, reference, base.get(), method)));
      }
    }
    return gaps;
  }

  private static Optional<Proportion> proportion(PublishedCell cell) {
    if (cell.suppressed() || cell.value().isEmpty() || cell.pupils().isEmpty() || cell.pupils().getAsInt() < 1) {
      return Optional.empty();
    }
    BigDecimal value = cell.value().get();
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      return Optional.empty();
    }
    long pupils = cell.pupils().getAsInt();
    long count = value.multiply(BigDecimal.valueOf(pupils)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
        .longValueExact();
    return Optional.of(new Proportion(Math.min(count, pupils), pupils));
  }
}
