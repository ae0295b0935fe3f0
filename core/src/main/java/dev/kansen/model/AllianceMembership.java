package dev.kansen.model;

import dev.kansen.model.id.MunicipalityCode;
import java.time.LocalDate;
import java.util.SortedMap;
import org.immutables.value.Value;

/** A municipality's membership of an alliance: which municipality, and the day it joined. */
@Value.Immutable
public abstract class AllianceMembership {
  AllianceMembership() {}

  /** @return the member municipality */
  public abstract MunicipalityCode municipality();

  /** @return the day the municipality joined the alliance */
  public abstract LocalDate joined();

  /**
   * A membership.
   *
   * @param municipality the CBS code
   * @param joined the day it joined
   * @return the membership
   */
  public static AllianceMembership of(String municipality, LocalDate joined) {
    return builder().municipality(MunicipalityCode.of(municipality)).joined(joined).build();
  }

  /**
   * Properties this version of kansen does not know, by name, each as its raw JSON text. Only the
   * lenient JSON reader fills this, so that a document from a newer version loses nothing on a
   * round trip; the writer writes them back after the known properties, in name order.
   *
   * @return unknown properties, by name, as raw JSON
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> unknownProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AllianceMembership}. */
  public static final class Builder extends ImmutableAllianceMembership.Builder {
    Builder() {}
  }
}
