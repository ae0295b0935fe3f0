package dev.kansen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The seeded generators must give the same programmes for the same seed in every JVM: benchmarks
 * compare builds of different code on "the same" dataset, and a failing generated case must come
 * back from its seed alone.
 */
class GeneratorDeterminismTest {
  private static final long[] SEEDS = {1, 2, 3, 42};

  @Test
  void aSeedGivesTheSameProgrammesInAnotherJvmWhoseIdentityHashCodesDiffer() throws IOException, InterruptedException {
    String here = GeneratorFingerprint.of(SEEDS);
    // -XX:hashCode=2 makes every identity hash code 1 in the child JVM, so any draw that depends on
    // an enumeration constant's hashCode() (Object's identity hash) comes out differently there.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2",
        "-cp", classPath(), GeneratorFingerprint.class.getName()));
    for (long seed : SEEDS) {
      command.add(Long.toString(seed));
    }
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    child.waitFor(2, TimeUnit.MINUTES);
    assertEquals(0, child.exitValue(), out);
    assertEquals(here, out, "the programmes of seeds 1, 2, 3 and 42 in a JVM with other identity hash codes");
  }

  /** The tests' classes and libraries as one class path, whether surefire put them on the module path or not. */
  private static String classPath() {
    String modules = System.getProperty("jdk.module.path");
    String classes = System.getProperty("java.class.path");
    return modules == null || modules.isEmpty() ? classes : modules + java.io.File.pathSeparator + classes;
  }
}
