package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One cell of a cohort table: how many pupils of one parental education had one test result and got
 * one school advice, e.g. 14 pupils of parents with a low education in band 537-544 with the school
 * advice havo. A cell is a count, never a pupil.
 *
 * <p>The test result is a {@linkplain #band() score band} in a final-test year and a
 * {@linkplain #testAdvice() test advice} in a doorstroomtoets year. Of those pupils,
 * {@link #eligible()} had a test advice above their provisional advice (the school must reconsider
 * it) and {@link #revised()} had their advice revised upward.
 */
@Value.Immutable
public abstract class CohortCell {
  CohortCell() {}

  /** @return the parents' education */
  public abstract ParentalEducation parentalEducation();

  /** @return the score band, e.g. {@code 537-544}, naming one of the table's bands (final-test years) */
  public abstract Optional<String> band();

  /** @return the test advice (doorstroomtoets years; in final-test years the band gives it) */
  public abstract Optional<AdviceLevel> testAdvice();

  /** @return the provisional school advice given in January, where known */
  public abstract Optional<AdviceLevel> provisionalAdvice();

  /** @return the (final) school advice */
  public abstract AdviceLevel schoolAdvice();

  /** @return how many pupils the cell counts */
  public abstract int pupils();

  /** @return how many of them were eligible for an upward revision, where known */
  public abstract OptionalInt eligible();

  /** @return how many of them had their advice revised upward, where known */
  public abstract OptionalInt revised();

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

  /** Builds a {@link CohortCell}. */
  public static final class Builder extends ImmutableCohortCell.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("CohortCell", "band", band());
    Checks.count("CohortCell", "pupils", pupils());
    Checks.count("CohortCell", "eligible", eligible());
    Checks.count("CohortCell", "revised", revised());
  }
}
