package dev.kansen.benchmarks;

import java.util.Objects;

/**
 * One benchmark result: the average time of one operation at one size, with JMH's error bar.
 *
 * @param benchmark the benchmark, as {@code Class.method}, e.g. {@code ValidatorBenchmark.validate}
 * @param size the value of the benchmark's size parameter
 * @param score the average time per operation
 * @param error the half-width of JMH's 99.9% confidence interval; {@code NaN} when too few
 *     iterations ran to compute one
 * @param unit the unit of {@code score} and {@code error}, e.g. {@code us/op}
 * @param allocated the bytes allocated per operation, as JMH's GC profiler measures them; {@code NaN}
 *     when not measured
 */
public record Score(String benchmark, int size, double score, double error, String unit, double allocated) {
  /** Checks the components. */
  public Score {
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(unit, "unit");
    if (!(score >= 0)) {
      throw new IllegalArgumentException("score must be a number at least 0, but was " + score);
    }
  }

  /**
   * A score without an allocation figure.
   *
   * @param benchmark the benchmark, as {@code Class.method}
   * @param size the value of the benchmark's size parameter
   * @param score the average time per operation
   * @param error the half-width of JMH's confidence interval, or {@code NaN}
   * @param unit the unit of {@code score} and {@code error}
   */
  public Score(String benchmark, int size, double score, double error, String unit) {
    this(benchmark, size, score, error, unit, Double.NaN);
  }
}
