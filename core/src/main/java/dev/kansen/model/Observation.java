package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import org.immutables.value.Value;

/** A target or actual figure of an indicator for one period. */
@Value.Immutable
public abstract class Observation implements Measurement {
  Observation() {}

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
