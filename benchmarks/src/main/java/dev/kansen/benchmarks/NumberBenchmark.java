package dev.kansen.benchmarks;

import dev.kansen.json.KansenJson;
import dev.kansen.json.KansenJsonException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading a small document whose one number has very many digits, with {@link KansenJson#strict()}
 * and its default limits. Converting a decimal text of n digits to a number can take time
 * quadratic in n, so that a short hostile document could cost seconds; the reader refuses the
 * number ({@code NUMBER_TOO_LONG}) before converting it, and must take time linear in its length.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NumberBenchmark {
  /** The name of the size parameter: the number of digits of the long number. */
  public static final String SIZE = "digits";

  /** The number of digits of the long number. */
  @Param({"10000", "100000", "1000000"})
  public int digits;

  private byte[] document;

  /** Creates the benchmark; JMH sets {@link #digits} and calls {@link #setUp()}. */
  public NumberBenchmark() {}

  /** Builds the document once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    document = Documents.longNumber(digits);
  }

  /**
   * Reads the document with the default limits, which refuse the number.
   *
   * @return the exception that refuses the document, or the programme if a limit ever admits it
   */
  @Benchmark
  public Object defaultLimits() {
    try {
      return KansenJson.strict().read(document);
    } catch (KansenJsonException e) {
      return e;
    }
  }
}
