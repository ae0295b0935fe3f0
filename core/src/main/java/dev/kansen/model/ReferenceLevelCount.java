package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * How many pupils of one parental education reached one reference level in one domain, e.g. 120
 * pupils of parents with a middle education reached 2F in reading. For each parental education and
 * domain the counts of all levels add up to that group's pupils in the table.
 */
@Value.Immutable
public abstract class ReferenceLevelCount {
  ReferenceLevelCount() {}

  /** @return the parents' education */
  public abstract ParentalEducation parentalEducation();

  /** @return the domain */
  public abstract TestDomain domain();

  /** @return the highest level reached */
  public abstract ReferenceLevel level();

  /** @return how many pupils */
  public abstract int pupils();

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

  /**
   * A count.
   *
   * @param group the parents' education
   * @param domain the domain
   * @param level the level reached
   * @param pupils how many pupils
   * @return the count
   */
  public static ReferenceLevelCount of(ParentalEducation group, TestDomain domain, ReferenceLevel level, int pupils) {
    return builder().parentalEducation(group).domain(domain).level(level).pupils(pupils).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReferenceLevelCount}. */
  public static final class Builder extends ImmutableReferenceLevelCount.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.count("ReferenceLevelCount", "pupils", pupils());
  }
}
