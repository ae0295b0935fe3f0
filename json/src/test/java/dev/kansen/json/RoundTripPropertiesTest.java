package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips of generated programmes, over {@code kansen.json.cases} seeds (default 10,000),
 * drawn from the run's base seed {@code kansen.seed}.
 */
class RoundTripPropertiesTest {
  static final String CASES_PROPERTY = "kansen.json.cases";

  static Stream<Arguments> cases() {
    int count = Integer.parseInt(System.getProperty(CASES_PROPERTY, "10000").strip());
    SplittableRandom random = new SplittableRandom(Seeds.baseSeed());
    return LongStream.concat(LongStream.of(Seeds.baseSeed()), LongStream.generate(random::nextLong).limit(count - 1L))
        .mapToObj(seed -> Arguments.argumentSet(describe(seed), seed));
  }

  static String describe(long seed) {
    return "seed=" + seed + " (rerun: -D" + Seeds.SEED_PROPERTY + "=" + seed + " -D" + CASES_PROPERTY + "=1)";
  }

  /**
   * One generated programme per case (generating is the costly part): the lenient reader gives
   * back what was written, unknown properties included, and rewriting gives the same bytes; the
   * strict reader gives back the same programme without unknown properties.
   */
  @ParameterizedTest
  @MethodSource("cases")
  void writtenProgrammesReadBackEqualAndRewriteByteForByte(long seed) {
    Programme p = ProgrammeGenerator.programme(new SplittableRandom(seed));
    KansenJson lenient = KansenJson.lenient();
    String written = lenient.write(p);
    Programme back = lenient.read(written.getBytes(StandardCharsets.UTF_8));
    assertEquals(CanonicalUnknowns.of(p), back, describe(seed));
    assertEquals(written, lenient.write(back), describe(seed));
    String compact = lenient.writeCompact(back);
    assertEquals(compact, lenient.writeCompact(lenient.read(compact)), describe(seed));

    Programme known = CanonicalUnknowns.without(p);
    assertEquals(known, KansenJson.strict().read(KansenJson.strict().write(known)), describe(seed));
  }
}
