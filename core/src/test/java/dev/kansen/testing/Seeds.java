package dev.kansen.testing;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The seeds of kansen's property tests: one base seed and a number of cases per property.
 *
 * <ul>
 *   <li>The base seed comes from the system property {@code kansen.seed} (a decimal {@code long}, or
 *       {@code random} for a fresh seed from the clock); without it, the fixed {@link #DEFAULT_SEED},
 *       so that every build tests the same cases and a red build stays red until fixed. Run with
 *       {@code -Dkansen.seed=random} to explore new cases.
 *   <li>The number of cases comes from {@code kansen.cases} (default {@value #DEFAULT_CASES}).
 *   <li>Case 0 uses the base seed itself and the following cases use seeds drawn from it, so a
 *       failing case is rerun alone with {@code -Dkansen.seed=<its seed> -Dkansen.cases=1}. Each case's
 *       display name says so.
 * </ul>
 *
 * <p>Use it as the source of a parameterized test, through a local factory method:
 *
 * <pre>{@code
 * static Stream<Arguments> cases() {
 *   return Seeds.cases();
 * }
 *
 * @ParameterizedTest
 * @MethodSource("cases")
 * void buildersAcceptGeneratedProgrammes(long seed) {
 *   Programme p = ProgrammeGenerator.programme(new SplittableRandom(seed));
 *   assertTrue(..., Seeds.describe(seed));
 * }
 * }</pre>
 *
 * <p>The local method matters in modules whose tests run on the module path (core itself): JUnit
 * may call a method of the test class, whose package surefire opens, but not one in this package,
 * which the module neither exports nor (unless a selected test lives here) opens. On a plain class
 * path {@code @MethodSource("dev.kansen.testing.Seeds#cases")} works as well.
 *
 * <p>Build tools show a case by its index; put {@link #describe(long)} in assertion messages so a
 * failure report names the seed.
 */
public final class Seeds {
  /** The system property holding the base seed. */
  public static final String SEED_PROPERTY = "kansen.seed";
  /** The system property holding the number of cases per property. */
  public static final String CASES_PROPERTY = "kansen.cases";
  /** The base seed when {@code kansen.seed} is not set. */
  public static final long DEFAULT_SEED = 20211027L;
  /** The number of cases when {@code kansen.cases} is not set. */
  public static final int DEFAULT_CASES = 1000;

  private static final long BASE_SEED = readSeed();

  private Seeds() {}

  /** @return the base seed of this run */
  public static long baseSeed() {
    return BASE_SEED;
  }

  /** @return the number of cases per property in this run, at least 1 */
  public static int caseCount() {
    String text = System.getProperty(CASES_PROPERTY, "").strip();
    if (text.isEmpty()) {
      return DEFAULT_CASES;
    }
    int cases = Integer.parseInt(text);
    if (cases < 1) {
      throw new IllegalArgumentException(CASES_PROPERTY + " must be at least 1, but was " + cases);
    }
    return cases;
  }

  /** @return the seed of every case of this run: the base seed first, then seeds drawn from it */
  public static LongStream seeds() {
    SplittableRandom random = new SplittableRandom(BASE_SEED);
    return LongStream.concat(LongStream.of(BASE_SEED),
        LongStream.generate(random::nextLong).limit(caseCount() - 1L));
  }

  /**
   * The cases of a property, for a {@code @MethodSource}: one
   * {@code long} argument each, named with the seed and the command line that reruns it alone.
   *
   * @return one argument set per case
   */
  public static Stream<Arguments> cases() {
    return seeds().mapToObj(seed -> Arguments.argumentSet(describe(seed), seed));
  }

  /**
   * @param seed a case's seed
   * @return e.g. {@code seed=42 (rerun: -Dkansen.seed=42 -Dkansen.cases=1)}, for messages and names
   */
  public static String describe(long seed) {
    return "seed=" + seed + " (rerun: -D" + SEED_PROPERTY + "=" + seed + " -D" + CASES_PROPERTY + "=1)";
  }

  private static long readSeed() {
    String text = System.getProperty(SEED_PROPERTY, "").strip();
    long seed;
    if (text.isEmpty()) {
      seed = DEFAULT_SEED;
    } else if (text.equals("random")) {
      seed = System.nanoTime() ^ System.currentTimeMillis() * 0x9E3779B97F4A7C15L;
    } else {
      seed = Long.parseLong(text);
    }
    System.out.println("kansen property tests: -D" + SEED_PROPERTY + "=" + seed + " -D" + CASES_PROPERTY + "=" + caseCount());
    return seed;
  }
}
