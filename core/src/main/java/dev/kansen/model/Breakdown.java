package dev.kansen.model;

import dev.kansen.model.id.AreaCode;
import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.math.BigDecimal;
import java.util.Map;
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

  /** @return the CBS district or neighbourhood this category stands for, in a breakdown by area */
  public abstract Optional<AreaCode> area();

  /** @return the id of the partner (a school) this category stands for, in a breakdown by school */
  public abstract Optional<String> partner();

  /**
   * Properties this version of kansen does not know, by name, each as its raw JSON text. Only the
   * lenient JSON reader fills this, so that a document from a newer version loses nothing on a
   * round trip; the writer writes them back after the known properties, in name order.
   *
   * @return unknown properties, by name, as raw JSON; the one shared empty map when there are none
   */
  public final SortedMap<String, String> unknownProperties() {
    return UnknownProperties.sorted(storedUnknownProperties());
  }

  /**
   * The attribute behind {@link #unknownProperties()}, as the builder's {@code putUnknownProperties}
   * methods filled it (the style's {@code stored*} prefix names the attribute {@code
   * unknownProperties}): unsorted, and the JDK's shared empty map when there are none.
   *
   * @return unknown properties, by name, as raw JSON
   */
  abstract Map<String, String> storedUnknownProperties();

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
    partner().ifPresent(p -> Checks.id("Breakdown", "partner", p));
  }
}
