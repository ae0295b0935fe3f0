package dev.kansen.model;

import java.util.Optional;
import java.util.SortedMap;
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

  /** Builds an {@link IndicatorPeriod}. */
  public static final class Builder extends ImmutableIndicatorPeriod.Builder {
    Builder() {}
  }
}
