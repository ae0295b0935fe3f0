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
 * Reading the document of {@link NumberBenchmark} with a number-length limit raised to admit the
 * long number, so that it is converted. This shows what raising {@code maxNumberLength} costs; it
 * has no target, because the default limit exists precisely to keep such numbers out. The sizes are
 * smaller than {@link NumberBenchmark}'s, because conversion may be quadratic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NumberConversionBenchmark {
  /** The name of the size parameter: the number of digits of the long number. */
  public static final String SIZE = "conversionDigits";

  /** The number of digits of the long number. */
  @Param({"1000", "10000", "100000"})
  public int conversionDigits;

  private byte[] document;
  private KansenJson raised;

  /** Creates the benchmark; JMH sets {@link #conversionDigits} and calls {@link #setUp()}. */
  public NumberConversionBenchmark() {}

  /** Builds the document and a reader whose limit admits its number, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    document = Documents.longNumber(conversionDigits);
    raised = KansenJson.builder().maxNumberLength(Math.max(20, conversionDigits)).build();
  }

  /**
   * Reads the document with a number-length limit that admits the number.
   *
   * @return the programme, or the exception when a rule refuses the huge value
   */
  @Benchmark
  public Object raisedLimit() {
    try {
      return raised.read(document);
    } catch (KansenJsonException e) {
      return e;
    }
  }
}
