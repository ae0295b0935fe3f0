package dev.kansen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.validation.ValidationReport;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs every benchmark once on a tiny input so that the code cannot rot. Nothing here is timed. */
class BenchmarksSmokeTest {
  @Test
  void everyBenchmarkRunsOnceUnderJmhAndEveryTargetNamesABenchmark() throws RunnerException {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(BenchmarksSmokeTest.class.getPackageName() + "\\..*Benchmark\\.")
        .forks(0)
        .mode(Mode.SingleShotTime)
        .warmupIterations(0)
        .measurementIterations(1)
        .measurementBatchSize(1)
        .param(ValidatorBenchmark.SIZE, "5")
        .param(JsonBenchmark.SIZE, "5")
        .param(NumberBenchmark.SIZE, "200", "400")
        .param(NumberConversionBenchmark.SIZE, "50")
        .param(NationalBenchmark.SIZE, "2")
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build()).run();

    Set<String> ran = Ratios.scores(results).stream().map(Score::benchmark).collect(Collectors.toCollection(TreeSet::new));
    assertFalse(ran.isEmpty(), "JMH found no benchmarks: is the annotation processor configured?");
    for (Target target : Ratios.TARGETS) {
      assertTrue(ran.contains(target.subject()), target.subject() + " is not among " + ran);
      target.baseline().ifPresent(baseline -> assertTrue(ran.contains(baseline), baseline + " is not among " + ran));
    }
  }

  @Test
  void validateChecksTheGeneratedProgrammeAndFindsNoErrors() {
    ValidatorBenchmark benchmark = new ValidatorBenchmark();
    benchmark.interventions = 5;
    benchmark.setUp();

    ValidationReport report = benchmark.validate();

    assertEquals(0, report.errors().size(), () -> "generated programmes are valid, but: " + report.errors());
  }
}
