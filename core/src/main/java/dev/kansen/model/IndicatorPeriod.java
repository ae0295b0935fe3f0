package dev.kansen.model;

import java.util.Optional;
import org.immutables.value.Value;

/** One school year of an indicator, with the target set for it and the actual figure reached. */
@Value.Immutable
public abstract class IndicatorPeriod {
  IndicatorPeriod() {}

  /** @return the school year */
  public abstract SchoolYear schoolYear();

  /** @return the target for the year */
  public abstract Optional<Observation> target();

  /** @return the figure actually reached */
  public abstract Optional<Observation> actual();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorPeriod}. */
  public static final class Builder extends ImmutableIndicatorPeriod.Builder {
    Builder() {}
  }
}
