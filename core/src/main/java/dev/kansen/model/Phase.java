package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A phase of a multi-year action agenda, such as 2019–2021 and then 2022–2025: its period and the
 * goals of the agenda it pursues. Phases of one programme lie inside the programme period and do
 * not overlap; the validator reports where they do.
 */
@Value.Immutable
public abstract class Phase {
  Phase() {}

  /** @return the phase's title, e.g. {@code Actieagenda 2019-2021} */
  public abstract String title();

  /** @return the period the phase runs */
  public abstract DateRange period();

  /** @return a description in words */
  public abstract Optional<String> description();

  /** @return ids of the programme's goals pursued in this phase */
  public abstract List<String> goals();

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

  /** Builds a {@link Phase}. */
  public static final class Builder extends ImmutablePhase.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("Phase", "title", title());
    Checks.text("Phase", "description", description());
    Checks.ids("Phase", WireNames.GOALS, goals());
  }
}
