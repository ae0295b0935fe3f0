package dev.kansen.model;

import dev.kansen.model.internal.Checks;
import java.util.SortedMap;
import org.immutables.value.Value;

/** The figure an indicator starts from, in the school year it was measured. */
@Value.Immutable
public abstract class Baseline implements Measurement {
  Baseline() {}

  /** @return the school year the baseline was measured in */
  public abstract SchoolYear schoolYear();

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

  /** Builds a {@link Baseline}. */
  public static final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.count("Baseline", "pupils", pupils());
    Checks.text("Baseline", "comment", comment());
  }
}
