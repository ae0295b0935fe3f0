package dev.kansen.model;

import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * One band of a final test's score table for one school year, e.g. scores 537 to 544 of the Centrale
 * Eindtoets giving the test advice havo/vwo. Band tables differ per year, so each cohort table holds
 * the one of its year.
 */
@Value.Immutable
public abstract class ScoreBand {
  ScoreBand() {}

  /** @return the lowest score in the band, e.g. {@code 537} */
  public abstract int lowest();

  /** @return the highest score in the band, e.g. {@code 544} */
  public abstract int highest();

  /** @return the test advice the band gives */
  public abstract AdviceLevel testAdvice();

  /** @return the band as cells name it, e.g. {@code 537-544} */
  public String label() {
    return lowest() + "-" + highest();
  }

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

  /**
   * A band.
   *
   * @param lowest the lowest score
   * @param highest the highest score
   * @param testAdvice the test advice
   * @return the band
   */
  public static ScoreBand of(int lowest, int highest, AdviceLevel testAdvice) {
    return builder().lowest(lowest).highest(highest).testAdvice(testAdvice).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScoreBand}. */
  public static final class Builder extends ImmutableScoreBand.Builder {
    Builder() {}
  }
}
