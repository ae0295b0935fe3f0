package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Where to reach a programme or a partner about the programme: a role, and an office's e-mail
 * address or telephone number, such as {@code onderwijs@example.nl} for the municipality's education
 * department.
 *
 * <p><b>Never a private person's data.</b> A contact point holds the functional address of an office
 * or desk, and at most the name of a public official who acts in that role in public (an alderman,
 * a programme manager named in council documents). It never holds a private address, a personal
 * mobile number or the name of a parent, pupil or staff member who is not public in that role:
 * programme documents are meant to be published. The validator checks only the shape of the e-mail
 * address and telephone number; whether a contact is public is for the author to decide.
 */
@Value.Immutable
public abstract class ContactPoint {
  ContactPoint() {}

  /** @return the role or office reached, e.g. {@code programme coordination} */
  public abstract String role();

  /** @return the office's e-mail address */
  public abstract Optional<String> email();

  /** @return the office's telephone number, e.g. {@code 14 073} or {@code +31 73 615 5155} */
  public abstract Optional<String> telephone();

  /** @return the name of a public official acting in the role, only where that name is public in that role */
  public abstract Optional<String> name();

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

  /** Builds a {@link ContactPoint}. */
  public static final class Builder extends ImmutableContactPoint.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("ContactPoint", "role", role());
    Checks.text("ContactPoint", "email", email());
    Checks.text("ContactPoint", "telephone", telephone());
    Checks.text("ContactPoint", "name", name());
  }
}
