package dev.kansen.model;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ValueCode;
import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.Set;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * Who an intervention is for: an age range, school groups (groep 1–8), education sectors, and a
 * description in words ("group 8 pupils", "parents of toddlers").
 */
@Value.Immutable
public abstract class TargetGroup {
  TargetGroup() {}

  /** @return the ages the intervention is for */
  public abstract Optional<AgeRange> ages();

  /** @return the primary-school groups (1 to 8) the intervention is for */
  @Value.NaturalOrder
  public abstract SortedSet<Integer> groups();

  /** @return the education sectors the intervention is for, in the order the constants are declared */
  public abstract Set<EducationSector> sectors();

  /** @return the target group in words */
  public abstract Optional<String> description();

  /** @return the youngest age in months, where years are too coarse (30 for two and a half) */
  public abstract OptionalInt minAgeMonths();

  /** @return the oldest age in months, where years are too coarse */
  public abstract OptionalInt maxAgeMonths();

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

  /** Builds a {@link TargetGroup}. */
  public static final class Builder extends ImmutableTargetGroup.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    for (int group : groups()) {
      if (group < 1 || group > 8) {
        throw new InvalidValueException("groups", group, CodeMessage.of(ValueCode.INVALID_SCHOOL_GROUP, "group", group));
      }
    }
    Checks.text("TargetGroup", "description", description());
    int maxMonths = AgeRange.MAX_AGE * 12 + 11;
    int min = minAgeMonths().orElse(0);
    int max = maxAgeMonths().orElse(maxMonths);
    if (min < 0 || max > maxMonths || min > max) {
      throw new InvalidValueException(min < 0 || min > max ? "minAgeMonths" : "maxAgeMonths", min + ".." + max,
          CodeMessage.variant(ValueCode.INVALID_AGE_RANGE, "months", "maxAge", maxMonths, "min", min, "max", max));
    }
  }
}
