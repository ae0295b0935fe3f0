package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import dev.kansen.model.internal.UnknownProperties;
import java.util.Map;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A break in the method behind an indicator's figures: from its school year on, figures are measured
 * differently and do not compare with earlier ones — as when the doorstroomtoets replaced the
 * eindtoets from school year 2023-2024. Trends and progress are never computed across a break.
 */
@Value.Immutable
public abstract class MethodBreak {
  MethodBreak() {}

  /** @return the first school year measured by the new method */
  public abstract SchoolYear schoolYear();

  /** @return what changed, e.g. {@code The doorstroomtoets replaced the eindtoets} */
  public abstract String description();

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

  /** Builds a {@link MethodBreak}. */
  public static final class Builder extends ImmutableMethodBreak.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.text("MethodBreak", "description", description());
  }
}
