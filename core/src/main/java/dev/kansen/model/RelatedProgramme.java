package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Another programme and how it relates to this one (IATI's related activity): a successor, a
 * predecessor, a regional umbrella. It names the other programme, and gives its id where the other
 * programme is exchanged as a kansen document too.
 */
@Value.Immutable
public abstract class RelatedProgramme {
  RelatedProgramme() {}

  /** @return how the other programme relates to this one */
  public abstract ProgrammeRelation relation();

  /** @return the other programme's name */
  public abstract String title();

  /** @return the other programme's id, where it is known as a kansen programme */
  public abstract Optional<String> programme();

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

  /** Builds a {@link RelatedProgramme}. */
  public static final class Builder extends ImmutableRelatedProgramme.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("RelatedProgramme", "title", title());
    programme().ifPresent(p -> Checks.id("RelatedProgramme", "programme", p));
  }
}
