package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The alliance a programme belongs to, such as the national Gelijke Kansen Alliantie: its name,
 * the partner that coordinates it, and the member municipalities with their join dates.
 */
@Value.Immutable
public abstract class Alliance {
  Alliance() {}

  /** @return the alliance's name, e.g. {@code Gelijke Kansen Alliantie} */
  public abstract String name();

  /** @return the id of the programme partner that coordinates the alliance, e.g. the ministry */
  public abstract Optional<String> coordinator();

  /** @return the day the alliance was launched, when known */
  public abstract Optional<java.time.LocalDate> launched();

  /** @return the member municipalities relevant to this programme, with their join dates */
  public abstract List<AllianceMembership> members();

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

  /** Builds an {@link Alliance}. */
  public static final class Builder extends ImmutableAlliance.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("Alliance", "name", name());
    coordinator().ifPresent(id -> Checks.id("Alliance", "coordinator", id));
  }
}
