package dev.kansen.model;

import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ValueCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A municipality's membership of an alliance: which municipality, the day it joined when that is
 * known, a day by which it is known to have been a member when only that is known (a source saying
 * "is aangesloten" on its publication date), and the day it left, if it did.
 */
@Value.Immutable
public abstract class AllianceMembership {
  AllianceMembership() {}

  /** @return the member municipality */
  public abstract MunicipalityCode municipality();

  /** @return the day the municipality joined the alliance; absent when no source gives it */
  public abstract Optional<LocalDate> joined();

  /**
   * @return a day on which the municipality is known to have been a member, when the day it joined is
   *     not known (or to record what a source says beside it)
   */
  public abstract Optional<LocalDate> knownBy();

  /** @return the day the municipality left the alliance; absent while it is a member */
  public abstract Optional<LocalDate> left();

  /**
   * @param day a day
   * @return whether the membership is known to hold on that day: it joined on or before it (or is
   *     known to be a member by then) and had not left before it
   */
  public final boolean knownToHoldOn(LocalDate day) {
    boolean started = joined().map(d -> !d.isAfter(day)).orElse(false)
        || knownBy().map(d -> !d.isAfter(day)).orElse(false);
    return started && left().map(d -> d.isAfter(day)).orElse(true);
  }

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
   * A membership whose join date is not known, known to hold by a day.
   *
   * @param municipality the CBS code
   * @param knownBy a day on which the municipality is known to have been a member
   * @return the membership
   */
  public static AllianceMembership knownBy(String municipality, LocalDate knownBy) {
    return builder().municipality(MunicipalityCode.of(municipality)).knownBy(knownBy).build();
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

  /** Builds an {@link AllianceMembership}. */
  public static final class Builder extends ImmutableAllianceMembership.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (left().isPresent()) {
      LocalDate left = left().get();
      if (joined().isPresent() && left.isBefore(joined().get())) {
        throw new InvalidValueException("left", left,
            CodeMessage.variant(ValueCode.DATE_RANGE_INVERTED, "leftBeforeJoined", "end", left, "start", joined().get()));
      }
      if (knownBy().isPresent() && left.isBefore(knownBy().get())) {
        throw new InvalidValueException("left", left,
            CodeMessage.variant(ValueCode.DATE_RANGE_INVERTED, "leftBeforeKnownBy", "end", left, "start", knownBy().get()));
      }
    }
  }
}
