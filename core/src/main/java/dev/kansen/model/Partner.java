package dev.kansen.model;

import dev.kansen.model.id.Identifier;
import dev.kansen.model.id.IdentifierScheme;
import dev.kansen.model.id.AreaCode;
import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ValueCode;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * An organisation taking part in a programme — school board, school, childcare, library, youth
 * health care, municipality, ministry… — with its identifiers, the education sectors it works in
 * and its roles in the programme.
 */
@Value.Immutable
public abstract class Partner {
  Partner() {}

  /** @return the document-unique id other entities refer to */
  public abstract String id();

  /** @return the organisation's name */
  public abstract String name();

  /** @return the kind of organisation */
  public abstract OrganisationType type();

  /** @return the organisation's registered identifiers (KvK, BRIN, RIO, LRK, OIN, org-id) */
  public abstract List<Identifier> identifiers();

  /** @return the education sectors the organisation works in, in the order the constants are declared */
  public abstract Set<EducationSector> sectors();

  /** @return the partner's roles in the programme, in the order the constants are declared */
  public abstract Set<PartnerRole> roles();

  /** @return the id of the partner this one belongs to, such as a school's board */
  public abstract Optional<String> partOf();

  /** @return the municipality the organisation is located in, when it is local */
  public abstract Optional<MunicipalityCode> municipality();

  /** @return a short description of what the organisation contributes */
  public abstract Optional<String> description();

  /**
   * Where to reach the partner about the programme: offices' e-mail addresses or telephone
   * numbers, never a private person's data (see {@link ContactPoint}).
   *
   * @return the partner's contact points
   */
  public abstract List<ContactPoint> contactPoints();

  /**
   * @return how many organisations this partner stands for, when it stands for a group ("acht
   *     basisscholen" is one partner of 8 organisations); absent for a single organisation
   */
  public abstract OptionalInt organisations();

  /** @return the organisations this partner counts for: {@link #organisations()}, or 1 */
  public final int organisationCount() {
    return organisations().orElse(1);
  }

  /** @return the period of the partner's part in the programme; absent when it is not known or the whole programme */
  public abstract Optional<DateRange> period();

  /** @return the CBS districts and neighbourhoods the organisation is located in */
  public abstract List<AreaCode> areas();

  /**
   * @param scheme an identifier scheme
   * @return the partner's identifiers of that scheme
   */
  public List<Identifier> identifiers(IdentifierScheme scheme) {
    return identifiers().stream().filter(i -> i.scheme() == scheme).toList();
  }

  /**
   * @param role a role
   * @return whether the partner holds that role
   */
  public boolean hasRole(PartnerRole role) {
    return roles().contains(role);
  }

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

  /** Builds a {@link Partner}. */
  public static final class Builder extends ImmutablePartner.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("Partner", "id", id());
    Checks.text("Partner", "name", name());
    if (partOf().isPresent()) {
      Checks.id("Partner", "partOf", partOf().get());
    }
    Checks.text("Partner", "description", description());
    if (organisations().isPresent() && organisations().getAsInt() < 1) {
      int n = organisations().getAsInt();
      throw new InvalidValueException("organisations", n,
          CodeMessage.variant(ValueCode.NEGATIVE_COUNT, "atLeastOne", "type", "Partner", "attribute", "organisations", "count", n));
    }
  }
}
