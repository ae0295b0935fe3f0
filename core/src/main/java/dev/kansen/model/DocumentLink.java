package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A link to a public document about the programme: the action agenda, a council letter, an
 * evaluation. The validator reports an address that is not an {@code http} or {@code https} URL.
 */
@Value.Immutable
public abstract class DocumentLink {
  DocumentLink() {}

  /** @return the document's title */
  public abstract String title();

  /** @return where the document is published, an {@code https} (or {@code http}) URL */
  public abstract String address();

  /** @return the date of the document, where known */
  public abstract Optional<LocalDate> date();

  /** @return what the document is */
  public abstract DocumentKind kind();

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

  /** Builds a {@link DocumentLink}. */
  public static final class Builder extends ImmutableDocumentLink.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("DocumentLink", "title", title());
    Checks.text("DocumentLink", "address", address());
  }
}
