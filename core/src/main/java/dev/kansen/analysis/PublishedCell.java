package dev.kansen.analysis;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One breakdown cell of a figure as it may be published, e.g. dimension {@code parentalEducation},
 * category {@code low}. A published cell always states its pupils, at least the threshold; a
 * suppressed cell holds neither value nor pupils.
 *
 * @param dimension the dimension, e.g. {@code parentalEducation}
 * @param category the category within it, e.g. {@code low}
 * @param value the value; absent when suppressed or not given
 * @param pupils the number of pupils behind the value; absent exactly when suppressed
 * @param suppression whether, and why, the cell is withheld
 */
public record PublishedCell(String dimension, String category, Optional<BigDecimal> value, OptionalInt pupils,
    Suppression suppression) {
  /**
   * Checks that a suppressed cell holds nothing and a published one states its pupils.
   *
   * @throws IllegalArgumentException when a suppressed cell holds a value or pupils, or a published one no pupils
   */
  public PublishedCell {
    Objects.requireNonNull(dimension, "PublishedCell.dimension must not be null");
    Objects.requireNonNull(category, "PublishedCell.category must not be null");
    Objects.requireNonNull(value, "PublishedCell.value must not be null");
    Objects.requireNonNull(pupils, "PublishedCell.pupils must not be null");
    Objects.requireNonNull(suppression, "PublishedCell.suppression must not be null");
    if (suppression.suppressed() && (value.isPresent() || pupils.isPresent())) {
      throw new IllegalArgumentException("A suppressed PublishedCell holds no value or pupils: " + dimension + " "
          + category);
    }
    if (!suppression.suppressed() && pupils.isEmpty()) {
      throw new IllegalArgumentException("A published PublishedCell states its pupils: " + dimension + " " + category);
    }
  }

  /** @return whether the cell is withheld */
  public boolean suppressed() {
    return suppression.suppressed();
  }
}
