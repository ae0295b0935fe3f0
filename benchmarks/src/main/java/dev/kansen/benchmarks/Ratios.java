package dev.kansen.benchmarks;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the benchmarks with JMH, turns the scores into ratios against baselines measured in the same
 * run and judges them against kansen's performance {@link #TARGETS}. Exits with 0 when every target
 * that ran is met, 1 when one is missed, 2 on a bad command line and 3 when a benchmark failed.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.kansen.benchmarks.Ratios [--forks 1] [--warmup-iterations 5]
 *     [--warmup-time 1s] [--iterations 5] [--time 1s] [--sizes 100,1000,10000]
 *     [--json-sizes 2000] [--digits 10000,100000,1000000]
 *     [--conversion-digits 1000,10000,100000] [--include REGEX] [--no-gc] [--quiet]
 * </pre>
 */
@Command(name = "ratios", sortOptions = false,
    description = "Runs kansen's JMH benchmarks and judges the ratios to their baselines against the targets.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every target that ran is met", "1:a target is missed", "2:bad command line",
        "3:a benchmark failed to run"})
public final class Ratios implements Callable<Integer> {
  /** The exit code when a target is missed. */
  public static final int MISSED = 1;
  /** The exit code when a benchmark failed to run. */
  public static final int FAILED = 3;

  /** kansen's performance targets, each a ratio measured within one run. */
  public static final List<Target> TARGETS = List.of(
      Target.linear("Validation is linear in programme size", "ValidatorBenchmark.validate", "element",
          size -> Workloads.elements(Workloads.programme(size)), 2.0),
      Target.relative("Reading JSON costs at most 3 times a plain Jackson tree", "JsonBenchmark.kansenRead",
          "JsonBenchmark.jacksonReadTree", 3.0),
      Target.relative("Writing JSON costs at most 3 times a plain Jackson tree", "JsonBenchmark.kansenWrite",
          "JsonBenchmark.jacksonWrite", 3.0),
      Target.linear("Reading a long number is linear in its digits", "NumberBenchmark.defaultLimits", "digit",
          size -> size, 2.0));

  private static final String PACKAGE = Ratios.class.getPackageName() + ".";
  /** The GC profiler's result that holds the bytes allocated per operation. */
  private static final String ALLOCATED = "gc.alloc.rate.norm";

  @Spec
  private CommandSpec spec;

  @Option(names = "--forks", paramLabel = "N", description = "JVM forks per benchmark (default: ${DEFAULT-VALUE}).")
  private int forks = 1;

  @Option(names = "--warmup-iterations", paramLabel = "N",
      description = "Warm-up iterations per fork (default: ${DEFAULT-VALUE}).")
  private int warmupIterations = 5;

  @Option(names = "--iterations", paramLabel = "N",
      description = "Measured iterations per fork (default: ${DEFAULT-VALUE}).")
  private int iterations = 5;

  @Option(names = "--time", paramLabel = "TIME",
      description = "Length of each measured iteration, e.g. 1s or 500ms (default: ${DEFAULT-VALUE}).")
  private String time = "1s";

  @Option(names = "--warmup-time", paramLabel = "TIME",
      description = "Length of each warm-up iteration (default: ${DEFAULT-VALUE}).")
  private String warmupTime = "1s";

  @Option(names = "--sizes", split = ",", paramLabel = "N",
      description = "Interventions of the programmes the validator checks (default: 100,1000,10000).")
  private List<Integer> sizes = List.of(100, 1000, 10000);

  @Option(names = "--json-sizes", split = ",", paramLabel = "N",
      description = "Interventions of the programme read and written as JSON (default: 2000).")
  private List<Integer> jsonSizes = List.of(2000);

  @Option(names = "--digits", split = ",", paramLabel = "N",
      description = "Digits of the long number the default reader refuses (default: 10000,100000,1000000).")
  private List<Integer> digits = List.of(10_000, 100_000, 1_000_000);

  @Option(names = "--conversion-digits", split = ",", paramLabel = "N",
      description = "Digits of the long number a reader with a raised limit converts (default: 1000,10000,100000).")
  private List<Integer> conversionDigits = List.of(1000, 10_000, 100_000);

  @Option(names = "--include", paramLabel = "REGEX",
      description = "Runs only the benchmarks whose Class.method name matches (default: all).")
  private String include = ".*";

  @Option(names = "--no-gc", description = "Does not measure the bytes allocated per operation.")
  private boolean noGc;

  @Option(names = "--quiet", description = "Prints only the report, not JMH's progress.")
  private boolean quiet;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help and exits.")
  private boolean help;

  /** Creates the command; picocli sets the options. */
  public Ratios() {}

  /**
   * Runs the benchmarks and prints the report.
   *
   * @param args the command line; see {@code --help}
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new Ratios()).execute(args));
  }

  /**
   * Runs the benchmarks, prints the report and judges the targets.
   *
   * @return the exit code
   */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Collection<RunResult> results;
    try {
      results = new Runner(options()).run();
    } catch (RunnerException e) {
      err.println("A benchmark failed to run: " + e.getMessage());
      return FAILED;
    }
    RatioReport report = RatioReport.of(scores(results), TARGETS);
    out.println();
    out.print(report.render());
    out.flush();
    return report.targetsMet() ? 0 : MISSED;
  }

  private org.openjdk.jmh.runner.options.Options options() {
    if (forks < 0 || warmupIterations < 0 || iterations < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--forks and --warmup-iterations must not be negative and --iterations must be at least 1");
    }
    if (sizes.isEmpty() || sizes.stream().anyMatch(size -> size < 0)
        || jsonSizes.isEmpty() || jsonSizes.stream().anyMatch(size -> size < 0)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--sizes and --json-sizes must list sizes of at least 0");
    }
    if (digits.isEmpty() || digits.stream().anyMatch(n -> n < 1)
        || conversionDigits.isEmpty() || conversionDigits.stream().anyMatch(n -> n < 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--digits and --conversion-digits must list numbers of at least 1");
    }
    TimeValue iterationTime = duration("--time", time);
    TimeValue warmupIterationTime = duration("--warmup-time", warmupTime);
    try {
      Pattern.compile(include);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--include must be a regular expression: " + e.getDescription());
    }
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(Pattern.quote(PACKAGE) + "(" + include + ")$")
        // the national benchmark has a harness of its own (run.sh, NationalRatios)
        .exclude(Pattern.quote(NationalBenchmark.class.getName() + "."))
        .forks(forks)
        .warmupIterations(warmupIterations)
        .warmupTime(warmupIterationTime)
        .measurementIterations(iterations)
        .measurementTime(iterationTime)
        .param(ValidatorBenchmark.SIZE, texts(sizes))
        .param(JsonBenchmark.SIZE, texts(jsonSizes))
        .param(NumberBenchmark.SIZE, texts(digits))
        .param(NumberConversionBenchmark.SIZE, texts(conversionDigits))
        .shouldFailOnError(true)
        .verbosity(quiet ? VerboseMode.SILENT : VerboseMode.NORMAL);
    if (!noGc) {
      options.addProfiler(GCProfiler.class);
    }
    return options.build();
  }

  private static String[] texts(List<Integer> values) {
    return values.stream().map(String::valueOf).toArray(String[]::new);
  }

  private TimeValue duration(String option, String value) {
    try {
      return TimeValue.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          option + " must be a duration such as 1s or 500ms, but was '" + value + "'");
    }
  }

  /**
   * Turns JMH's results into scores.
   *
   * @param results the results of a run of benchmarks that each have one integer size parameter
   * @return one score per benchmark and size
   */
  static List<Score> scores(Collection<RunResult> results) {
    List<Score> scores = new ArrayList<>();
    for (RunResult run : results) {
      BenchmarkParams params = run.getParams();
      String benchmark = params.getBenchmark();
      if (benchmark.startsWith(PACKAGE)) {
        benchmark = benchmark.substring(PACKAGE.length());
      }
      if (params.getParamsKeys().size() != 1) {
        throw new IllegalStateException(benchmark + " must have exactly one size parameter, but has "
            + params.getParamsKeys());
      }
      int size = Integer.parseInt(params.getParam(params.getParamsKeys().iterator().next()));
      Result<?> primary = run.getPrimaryResult();
      Result<?> allocated = run.getSecondaryResults().get(ALLOCATED);
      scores.add(new Score(benchmark, size, primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
          allocated == null ? Double.NaN : allocated.getScore()));
    }
    return scores;
  }
}
