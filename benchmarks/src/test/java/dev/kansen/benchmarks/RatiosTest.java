package dev.kansen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RatiosTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new CommandLine(new Ratios()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
  }

  @Test
  void helpListsTheOptionsAndExitCodes() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("--warmup-iterations"), out.toString());
    assertTrue(out.toString().contains("a target is missed"), out.toString());
  }

  @Test
  void aBadDurationIsRefusedWithItsValue() {
    assertEquals(2, run("--time", "soon"));
    assertTrue(err.toString().contains("'soon'"), err.toString());
  }

  @Test
  void aNegativeSizeIsRefused() {
    assertEquals(2, run("--sizes", "10,-1"));
    assertTrue(err.toString().contains("--sizes"), err.toString());
  }

  @Test
  void aShortRunPrintsTheRatiosAndAVerdictPerTarget() {
    int exit = run("--forks", "0", "--warmup-iterations", "0", "--iterations", "1", "--time", "20ms",
        "--sizes", "5,10", "--json-sizes", "5", "--digits", "200,400",
        "--conversion-digits", "50", "--quiet");

    String report = out.toString();
    assertTrue(exit == 0 || exit == Ratios.MISSED, "exit " + exit + "\n" + err);
    assertTrue(report.contains("per element at size 5"), report);
    assertTrue(report.contains(" B/op"), "allocation is measured: " + report);
    for (Target target : Ratios.TARGETS) {
      assertTrue(report.contains(target.name() + ":"), report);
      assertFalse(report.contains("NOT RUN  " + target.name()), report);
    }
  }
}
