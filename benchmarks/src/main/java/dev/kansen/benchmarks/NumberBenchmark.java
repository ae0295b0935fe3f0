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
 * Reading a document whose one number has very many digits. Converting a decimal text of n digits
 * to a number can take time quadratic in n, so a short hostile document could cost seconds; the
 * reader must stay linear in the length of the document.
 *
 * <ul>
 *   <li>{@link #defaultLimits()}: {@link KansenJson#strict()} with its default number-length limit,
 *       which refuses the number ({@code NUMBER_TOO_LONG}) before converting it.
 *   <li>{@link #raisedLimit()}: a reader whose limit admits the number, so that it is converted.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NumberBenchmark {
  /** The name of the size parameter: the number of digits of the long number. */
  public static final String SIZE = "digits";

  /** The number of digits of the long number. */
  @Param({"1000", "10000", "100000"})
  public int digits;

  private byte[] document;
  private KansenJson raised;

  /** Creates the benchmark; JMH sets {@link #digits} and calls {@link #setUp()}. */
  public NumberBenchmark() {}

  /** Builds the document once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    document = Documents.longNumber(digits);
    raised = KansenJson.builder().maxNumberLength(Math.max(20, digits)).build();
  }

  /**
   * Reads the document with the default limits, which refuse the number.
   *
   * @return the exception that refuses the document, or the programme if a limit ever admits it
   */
  @Benchmark
  public Object defaultLimits() {
    return read(KansenJson.strict());
  }

  /**
   * Reads the document with a number-length limit that admits the number, so that it is converted.
   *
   * @return the programme, or the exception when a rule refuses the huge value
   */
  @Benchmark
  public Object raisedLimit() {
    return read(raised);
  }

  private Object read(KansenJson json) {
    try {
      return json.read(document);
    } catch (KansenJsonException e) {
      return e;
    }
  }
}
