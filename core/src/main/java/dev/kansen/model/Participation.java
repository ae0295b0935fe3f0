package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Stakeholders consulted or taking part in the programme's making — such as a consultation of
 * parents on the action agenda — recorded as participation rather than as an intervention with an
 * implementer; new in wire format 1.1.
 */
@Value.Immutable
public abstract class Participation {
  Participation() {}

  /** @return the document-unique id */
  public abstract String id();

  /** @return a short title */
  public abstract String title();

  /** @return the form it took */
  public abstract ParticipationKind kind();

  /** @return who took part, in the order the constants are declared */
  public abstract Set<Stakeholder> stakeholders();

  /** @return the day it was held, or began */
  public abstract Optional<LocalDate> date();

  /** @return the id of the partner that organised it, when one did */
  public abstract Optional<String> organiser();

  /** @return the ids of the interventions it was about */
  public abstract List<String> interventions();

  /** @return how many took part, when counted */
  public abstract Optional<Reach> participants();

  /** @return what it was about, in words */
  public abstract Optional<String> description();

  /** @return what came of it, in words */
  public abstract Optional<String> outcome();

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

  /** Builds a {@link Participation}. */
  public static final class Builder extends ImmutableParticipation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Participation", "id", id());
    Checks.text("Participation", "title", title());
    organiser().ifPresent(id -> Checks.id("Participation", "organiser", id));
    Checks.ids("Participation", WireNames.INTERVENTIONS, interventions());
    Checks.text("Participation", "description", description());
    Checks.text("Participation", "outcome", outcome());
  }
}
