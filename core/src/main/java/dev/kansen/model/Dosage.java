package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ValueCode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The intensity of an intervention for one participant, new in wire format 1.1: hours per week,
 * and hours over a number of months — for preschool education the norm of {@value #PRESCHOOL_NORM_HOURS}
 * hours over {@value #PRESCHOOL_NORM_MONTHS} months, about {@value #PRESCHOOL_NORM_HOURS_PER_WEEK}
 * hours a week. Every part is optional; a dosage states what is known.
 */
@Value.Immutable
public abstract class Dosage {
  /** The hours of preschool education a toddler with an indication is offered (Besluit basisvoorwaarden kwaliteit voorschoolse educatie). */
  public static final int PRESCHOOL_NORM_HOURS = 960;
  /** The months over which the preschool norm's hours are offered. */
  public static final int PRESCHOOL_NORM_MONTHS = 18;
  /** The hours a week that the preschool norm comes to. */
  public static final int PRESCHOOL_NORM_HOURS_PER_WEEK = 16;

  Dosage() {}

  /** @return hours per week, not negative */
  public abstract Optional<BigDecimal> hoursPerWeek();

  /** @return hours in all over {@link #months()}, not negative */
  public abstract Optional<BigDecimal> totalHours();

  /** @return the months over which {@link #totalHours()} are offered, not negative */
  public abstract OptionalInt months();

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

  /** Builds a {@link Dosage}. */
  public static final class Builder extends ImmutableDosage.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    notNegative("hoursPerWeek", hoursPerWeek());
    notNegative("totalHours", totalHours());
    Checks.count("Dosage", "months", months());
  }

  private static void notNegative(String attribute, Optional<BigDecimal> hours) {
    if (hours.isPresent() && hours.get().signum() < 0) {
      BigDecimal h = hours.get();
      throw new InvalidValueException(attribute, h,
          CodeMessage.of(ValueCode.NEGATIVE_COUNT, "type", "Dosage", "attribute", attribute, "count", h.toPlainString()));
    }
  }
}
