package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A goal of the programme's joint action agenda (actieagenda), with the interventions that serve
 * it and the indicators that measure it.
 */
@Value.Immutable
public abstract class Goal {
  Goal() {}

  /** @return the document-unique id */
  public abstract String id();

  /** @return the goal in one sentence */
  public abstract String title();

  /** @return a longer description */
  public abstract Optional<String> description();

  /** @return the themes the goal belongs to, in the order the constants are declared */
  public abstract Set<Theme> themes();

  /** @return ids of the interventions that serve the goal */
  public abstract List<String> interventions();

  /** @return ids of the indicators that measure the goal */
  public abstract List<String> indicators();

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

  /** Builds a {@link Goal}. */
  public static final class Builder extends ImmutableGoal.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Goal", "id", id());
    Checks.text("Goal", "title", title());
    Checks.text("Goal", "description", description());
    Checks.ids("Goal", WireNames.INTERVENTIONS, interventions());
    Checks.ids("Goal", "indicators", indicators());
  }
}
