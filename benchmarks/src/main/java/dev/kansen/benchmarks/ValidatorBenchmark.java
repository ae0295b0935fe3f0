package dev.kansen.benchmarks;

import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.ValidationReport;
import dev.kansen.validation.Validator;
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
 * The standard validator over generated programmes of growing size. Validation must be linear in
 * the size of the programme (the rules share one index built once, and never scan a list per
 * element), so the time per element must stay flat as the programme grows: {@link Ratios} divides
 * each score by {@link Workloads#elements(Programme)} and compares the largest size with the smallest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidatorBenchmark {
  /** The name of the size parameter: the number of interventions of the generated programme. */
  public static final String SIZE = "interventions";

  /** The number of interventions of the generated programme. */
  @Param({"100", "1000", "10000"})
  public int interventions;

  private Programme programme;
  private ValidationContext context;

  /** Creates the benchmark; JMH sets {@link #interventions} and calls {@link #setUp()}. */
  public ValidatorBenchmark() {}

  /** Generates the programme once per trial: generation is not measured. */
  @Setup(Level.Trial)
  public void setUp() {
    programme = Workloads.programme(interventions);
    context = ValidationContext.asOf(ProgrammeGenerator.AS_OF);
  }

  /**
   * Validates the whole programme with every built-in rule.
   *
   * @return the report, so that the work cannot be optimised away
   */
  @Benchmark
  public ValidationReport validate() {
    return Validator.standard().validate(programme, context);
  }
}
