package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.CountingProgramme;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The located elements {@link ProgrammeIndex} hands rules: every element once, at its path, walked once. */
class ProgrammeWalkTest {
  private final Programme programme = ProgrammeFixture.valid();
  private final ProgrammeIndex index = ProgrammeIndex.of(programme);

  @Test
  void everyListIsLocatedInOrderAtItsPath() {
    assertEquals(programme.interventions().size(), index.interventions().size());
    for (int i = 0; i < programme.interventions().size(); i++) {
      Located<?> located = index.interventions().get(i);
      assertSame(programme.interventions().get(i), located.value());
      assertEquals("/interventions/" + i, located.path().toString());
      assertEquals(i, located.index());
      assertEquals("/interventions/" + i + "/participants/2", located.at("participants", 2).toString());
      assertEquals("/interventions/" + i + "/actualReach/count", located.at("actualReach", "count").toString());
    }
    assertEquals("/partners/1", index.partners().get(1).path().toString());
    assertEquals("/alliance/members/0", index.members().get(0).path().toString());
    assertEquals("/municipalities/0", index.municipalities().get(0).path().toString());
    assertEquals("/goals/0", index.goals().get(0).path().toString());
    assertEquals("", index.located().path().toString());
  }

  @Test
  void theGrantsPartsAreLocatedGrantByGrantWithTheirGrant() {
    List<String> expected = new ArrayList<>();
    for (int g = 0; g < programme.grants().size(); g++) {
      Grant grant = programme.grants().get(g);
      for (int t = 0; t < grant.transactions().size(); t++) {
        expected.add("/grants/" + g + "/transactions/" + t + " " + grant.id());
      }
    }
    assertEquals(expected, index.transactions().stream()
        .map(t -> t.path() + " " + t.owner().value().id()).toList());
    assertEquals(programme.grants().stream().mapToInt(g -> g.allocations().size()).sum(), index.allocations().size());
    assertEquals("/grants/0/allocations/1/amount", index.allocations().get(1).at("amount").toString());
    assertEquals("/grants/0/budgets/0/period/end", index.budgets().get(0).at("period", "end").toString());
  }

  @Test
  void everyFigureIsLocatedWithItsBreakdowns() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < programme.indicators().size(); i++) {
      Indicator indicator = programme.indicators().get(i);
      if (indicator.baseline().isPresent()) {
        expected.add("/indicators/" + i + "/baseline " + indicator.baseline().get().breakdowns().size());
      }
    }
    List<String> baselines = index.figures().stream().filter(f -> f.path().toString().endsWith("/baseline"))
        .map(f -> f.path() + " " + f.breakdowns().size()).toList();
    assertEquals(expected, baselines);
    for (LocatedFigure figure : index.figures()) {
      for (Located<?> cell : figure.breakdowns()) {
        assertEquals(figure.path() + "/breakdowns/" + cell.index(), cell.path().toString());
      }
    }
    long figures = programme.indicators().stream().mapToLong(i -> (i.baseline().isPresent() ? 1 : 0)
        + i.periods().stream().mapToLong(p -> (p.target().isPresent() ? 1 : 0) + (p.actual().isPresent() ? 1 : 0)).sum())
        .sum();
    assertEquals(figures, index.figures().size());
  }

  @Test
  void everyDateIsLocatedOnce() {
    List<String> paths = index.dates().stream().map(d -> d.path().toString()).toList();
    assertEquals(paths.size(), paths.stream().distinct().count());
    long expected = 2 + programme.alliance().members().size()
        + programme.interventions().stream().mapToLong(i -> 2 + (i.actualStart().isPresent() ? 1 : 0)
            + (i.actualEnd().isPresent() ? 1 : 0) + (i.statusDate().isPresent() ? 1 : 0)).sum()
        + programme.grants().stream().mapToLong(g -> 2 + 2L * g.budgets().size() + g.transactions().size()).sum();
    assertEquals(expected, paths.size());
    assertEquals(programme.period().orElseThrow().start(), index.dates().get(0).date());
    assertEquals("/period/start", paths.get(0));
    assertEquals("/period/end", paths.get(1));
  }

  @Test
  void theWalkIsMadeOncePerIndex() {
    assertSame(index.interventions(), index.interventions());
    assertSame(index.dates(), index.dates());
    assertSame(index.figures(), index.figures());
  }

  @Test
  void eachPartIsWalkedOnlyWhenARuleAsksForItAndOnce() {
    Programme generated = ProgrammeGenerator.programme(new SplittableRandom(20261129L), ProgrammeGenerator.Shape.REALISTIC);
    CountingProgramme counted = CountingProgramme.of(generated);
    ProgrammeIndex walked = ProgrammeIndex.of(counted);
    assertEquals(0, counted.reads(), "indexing walks nothing");
    walked.interventions();
    walked.interventions();
    assertEquals(generated.interventions().size(), counted.reads(), "the interventions alone, once");
    counted.reset();
    walked.dates();
    walked.dates();
    assertEquals(2L * generated.grants().size(), counted.reads(),
        "the dates locate the grants and count their dates, and read neither the interventions located before nor"
            + " the partners, goals, indicators or municipalities");
  }

  @Test
  void theLocatedListsCannotBeChanged() {
    List<Located<dev.kansen.model.Intervention>> interventions = index.interventions();
    Located<dev.kansen.model.Intervention> first = interventions.get(0);
    assertThrows(UnsupportedOperationException.class, () -> interventions.add(first));
    assertThrows(UnsupportedOperationException.class, () -> index.dates().remove(0));
    assertThrows(UnsupportedOperationException.class, () -> index.figures().clear());
    assertThrows(UnsupportedOperationException.class, () -> index.transactions().set(0, index.transactions().get(1)));
    assertThrows(IndexOutOfBoundsException.class, () -> interventions.get(interventions.size()));
  }

  /**
   * The work of a whole validation grows with the programme as the programme does: the standard
   * validator reads each element of the programme's lists a bounded number of times, so ten times
   * the interventions (and the partners, grants and indicators the generator gives them) cost at
   * most eleven times the reads.
   */
  @Test
  void aValidationReadsEachElementABoundedNumberOfTimes() {
    ValidationContext context = ValidationContext.asOf(ProgrammeGenerator.AS_OF);
    double[] readsPerElement = new double[2];
    int[] sizes = {100, 1000};
    for (int s = 0; s < sizes.length; s++) {
      CountingProgramme counted = CountingProgramme.of(ProgrammeGenerator.programme(new SplittableRandom(7L), sizes[s]));
      Validator.standard().validate(counted, context);
      readsPerElement[s] = (double) counted.reads() / counted.elements();
    }
    assertTrue(readsPerElement[1] <= readsPerElement[0] * 1.1, () -> "reads per element " + readsPerElement[0]
        + " at 100 interventions, " + readsPerElement[1] + " at 1,000");
  }
}
