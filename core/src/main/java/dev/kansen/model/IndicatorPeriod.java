package dev.kansen.model;

import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
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

  /** Builds an {@link IndicatorPeriod}. */
  public static final class Builder extends ImmutableIndicatorPeriod.Builder {
    Builder() {}
  }
}
