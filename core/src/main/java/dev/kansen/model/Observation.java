package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import java.util.SortedMap;
import org.immutables.value.Value;

/** A target or actual figure of an indicator for one period. */
@Value.Immutable
public abstract class Observation implements Measurement {
  Observation() {}

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

  /** Builds an {@link Observation}. */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.count("Observation", "pupils", pupils());
    Checks.text("Observation", "comment", comment());
  }
}
