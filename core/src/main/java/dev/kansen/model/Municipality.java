package dev.kansen.model;

import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/** A Dutch municipality (gemeente) taking part in a programme: CBS code, name and province. */
@Value.Immutable
public abstract class Municipality {
  Municipality() {}

  /** @return the CBS municipality code, e.g. {@code GM0796} */
  public abstract MunicipalityCode code();

  /** @return the name, e.g. {@code 's-Hertogenbosch} */
  public abstract String name();

  /** @return the province the municipality lies in */
  public abstract Province province();

  /**
   * A municipality.
   *
   * @param code the CBS code, e.g. {@code GM0796}
   * @param name the name
   * @param province the province
   * @return the municipality
   */
  public static Municipality of(String code, String name, Province province) {
    return builder().code(MunicipalityCode.of(code)).name(name).province(province).build();
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

  /** Builds a {@link Municipality}; {@link #from(Municipality)} copies an existing one to change it. */
  public static final class Builder extends ImmutableMunicipality.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("Municipality", "name", name());
  }
}
