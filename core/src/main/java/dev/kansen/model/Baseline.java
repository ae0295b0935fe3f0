package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import org.immutables.value.Value;

/** The figure an indicator starts from, in the school year it was measured. */
@Value.Immutable
public abstract class Baseline implements Measurement {
  Baseline() {}

  /** @return the school year the baseline was measured in */
  public abstract SchoolYear schoolYear();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Baseline}. */
  public static final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.count("Baseline", "pupils", pupils());
    Checks.text("Baseline", "comment", comment());
  }
}
