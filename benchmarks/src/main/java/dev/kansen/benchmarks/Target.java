package dev.kansen.benchmarks;

import java.util.Objects;
import java.util.Optional;
import java.util.function.IntToLongFunction;

/**
 * A performance target, stated as a ratio that must not exceed a limit. Both sides of the ratio are
 * measured in the same run, so the target holds on a fast machine and a slow one alike.
 *
 * <ul>
 *   <li>A <em>linear</em> target divides each score of one benchmark by the number of units its input
 *       holds at that size, and compares the time per unit at the largest size with the time per
 *       unit at the smallest: about 1 when the work is linear, growing with the size when it is not.
 *   <li>A <em>relative</em> target compares a benchmark with a baseline benchmark at the same size.
 * </ul>
 *
 * @param name what the target is about, for the report
 * @param subject the benchmark judged, as {@code Class.method}
 * @param baseline the baseline benchmark of a relative target; empty for a linear target, whose
 *     baseline is the subject itself at its smallest size
 * @param unitName what a unit is, for a linear target, e.g. {@code element}
 * @param units the number of units of the input at a size, for a linear target
 * @param limit the largest ratio that meets the target
 */
public record Target(String name, String subject, Optional<String> baseline, String unitName,
    IntToLongFunction units, double limit) {
  /** Checks the components. */
  public Target {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(units, "units");
    if (!(limit > 0)) {
      throw new IllegalArgumentException("limit must be greater than 0, but was " + limit);
    }
  }

  /**
   * A target on the time per unit at the largest size relative to the smallest.
   *
   * @param name what the target is about
   * @param benchmark the benchmark, as {@code Class.method}
   * @param unitName what a unit is, e.g. {@code element}
   * @param units the number of units of the input at a size; at least 1
   * @param limit the largest ratio that meets the target
   * @return the target
   */
  public static Target linear(String name, String benchmark, String unitName, IntToLongFunction units, double limit) {
    return new Target(name, benchmark, Optional.empty(), unitName, units, limit);
  }

  /**
   * A target on a benchmark's time relative to a baseline benchmark at the same size.
   *
   * @param name what the target is about
   * @param subject the benchmark judged
   * @param baseline the baseline benchmark
   * @param limit the largest ratio that meets the target
   * @return the target
   */
  public static Target relative(String name, String subject, String baseline, double limit) {
    return new Target(name, subject, Optional.of(baseline), "op", size -> 1L, limit);
  }

  /** @return whether this target compares sizes of one benchmark rather than two benchmarks */
  public boolean isLinear() {
    return baseline.isEmpty();
  }
}
