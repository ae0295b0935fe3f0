package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One cell of a figure broken down by a dimension: e.g. dimension {@code parentalEducation},
 * category {@code low}, value {@code 24.0}, computed from {@code 180} pupils.
 */
@Value.Immutable
public abstract class Breakdown {
  Breakdown() {}

  /** The dimension most equal-opportunity figures are broken down by. */
  public static final String PARENTAL_EDUCATION = "parentalEducation";

  /** @return the dimension, e.g. {@code parentalEducation} */
  public abstract String dimension();

  /** @return the category within the dimension, e.g. {@code low} */
  public abstract String category();

  /** @return the value for this category; absent for qualitative indicators or suppressed cells */
  public abstract Optional<BigDecimal> value();

  /** @return how many pupils the value was computed from */
  public abstract OptionalInt pupils();

  /**
   * Properties this version of kansen does not know, by name, each as its raw JSON text. Only the
   * lenient JSON reader fills this, so that a document from a newer version loses nothing on a
   * round trip; the writer writes them back after the known properties, in name order.
   *
   * @return unknown properties, by name, as raw JSON
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> unknownProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Breakdown}. */
  public static final class Builder extends ImmutableBreakdown.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("Breakdown", "dimension", dimension());
    Checks.text("Breakdown", "category", category());
    Checks.count("Breakdown", "pupils", pupils());
  }
}
