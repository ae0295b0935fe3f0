package dev.kansen.analysis;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A baseline, target or actual figure as it may be published. A suppressed figure holds neither its
 * value, nor its pupil count, nor its comment (which may describe the value in words).
 *
 * @param value the value; absent when suppressed or not given (qualitative indicators)
 * @param pupils the number of pupils behind the value; absent when suppressed or not given
 * @param comment the comment, or the description of a qualitative value; absent when suppressed or not given
 * @param suppression whether, and why, the figure is withheld
 */
public record PublishedFigure(Optional<BigDecimal> value, OptionalInt pupils, Optional<String> comment,
    Suppression suppression) {
  /**
   * Checks that a suppressed figure holds nothing.
   *
   * @throws IllegalArgumentException when a suppressed figure holds a value, pupils or comment
   */
  public PublishedFigure {
    Objects.requireNonNull(value, "PublishedFigure.value must not be null");
    Objects.requireNonNull(pupils, "PublishedFigure.pupils must not be null");
    Objects.requireNonNull(comment, "PublishedFigure.comment must not be null");
    Objects.requireNonNull(suppression, "PublishedFigure.suppression must not be null");
    if (suppression.suppressed() && (value.isPresent() || pupils.isPresent() || comment.isPresent())) {
      throw new IllegalArgumentException("A suppressed PublishedFigure holds no value, pupils or comment");
    }
  }

  /**
   * A withheld figure.
   *
   * @param suppression why it is withheld; not {@link Suppression#NONE}
   * @return the figure, holding nothing
   */
  public static PublishedFigure suppressed(Suppression suppression) {
    if (!suppression.suppressed()) {
      throw new IllegalArgumentException("PublishedFigure.suppressed needs a reason other than NONE");
    }
    return new PublishedFigure(Optional.empty(), OptionalInt.empty(), Optional.empty(), suppression);
  }

  /** @return whether the figure is withheld */
  public boolean suppressed() {
    return suppression.suppressed();
  }
}
