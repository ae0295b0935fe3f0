package dev.kansen.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.ProgrammeMutations;
import dev.kansen.testing.Seeds;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of generated programmes, over {@code kansen.cases} seeds. */
class ProgrammePropertiesTest {

  /** @return the seeded cases of this run; a local source, so it works inside the patched module too */
  static Stream<Arguments> cases() {
    return Seeds.cases();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void buildersAcceptGeneratedProgrammesAndTheirCopies(long seed) {
    Programme p = assertDoesNotThrow(() -> ProgrammeGenerator.programme(new SplittableRandom(seed)), Seeds.describe(seed));
    Programme copy = assertDoesNotThrow(() -> Programme.builder().from(p)
        .partners(p.partners().stream().map(x -> Partner.builder().from(x).build()).toList())
        .interventions(p.interventions().stream().map(x -> Intervention.builder().from(x).build()).toList())
        .grants(p.grants().stream().map(x -> Grant.builder().from(x).build()).toList())
        .indicators(p.indicators().stream().map(x -> Indicator.builder().from(x).build()).toList())
        .goals(p.goals().stream().map(x -> Goal.builder().from(x).build()).toList())
        .build(), Seeds.describe(seed));
    assertEquals(p, copy, Seeds.describe(seed));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theGeneratorIsDeterministicPerSeed(long seed) {
    assertEquals(ProgrammeGenerator.programme(new SplittableRandom(seed)),
        ProgrammeGenerator.programme(new SplittableRandom(seed)), Seeds.describe(seed));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aCopyIsEqualWithAnEqualHashCode(long seed) {
    Programme p = ProgrammeGenerator.programme(new SplittableRandom(seed));
    Programme copy = Programme.builder().from(p).build();
    assertEquals(p, copy, Seeds.describe(seed));
    assertEquals(p.hashCode(), copy.hashCode(), Seeds.describe(seed));
    assertEquals(p.toString(), copy.toString(), Seeds.describe(seed));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aCopyWithOneAttributeChangedIsUnequal(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Programme p = ProgrammeGenerator.programme(random);
    ProgrammeMutations.Mutation m = ProgrammeMutations.changeOne(p, random);
    assertNotEquals(p, m.programme(), () -> "changed " + m.change() + ", " + Seeds.describe(seed));
    assertNotEquals(m.programme(), p, () -> "changed " + m.change() + ", " + Seeds.describe(seed));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void everyKindOfSingleChangeMakesAnUnequalCopy(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Programme p = ProgrammeGenerator.programme(random);
    List<ProgrammeMutations.Mutation> mutations = ProgrammeMutations.all(p, random);
    assertTrue(mutations.size() >= 9, Seeds.describe(seed));
    for (ProgrammeMutations.Mutation m : mutations) {
      assertNotEquals(p, m.programme(), () -> "changed " + m.change() + ", " + Seeds.describe(seed));
    }
  }
}
