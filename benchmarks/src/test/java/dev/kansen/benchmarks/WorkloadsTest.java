package dev.kansen.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Programme;
import org.junit.jupiter.api.Test;

class WorkloadsTest {
  @Test
  void theSameSizeGivesTheSameProgrammeInEveryRun() {
    assertEquals(Workloads.programme(20), Workloads.programme(20));
  }

  @Test
  void aProgrammeHasTheRequestedInterventions() {
    assertEquals(37, Workloads.programme(37).interventions().size());
  }

  @Test
  void elementsCountEveryListedObject() {
    Programme programme = Workloads.programme(50);
    long lowerBound = 1L + programme.interventions().size() + programme.partners().size()
        + programme.grants().size() + programme.indicators().size() + programme.goals().size();

    assertTrue(Workloads.elements(programme) > lowerBound, () -> Workloads.elements(programme) + " <= " + lowerBound);
    assertTrue(Workloads.elements(Workloads.programme(0)) >= 2, "an empty programme still has itself and its alliance");
  }

  @Test
  void elementsGrowInProportionWithInterventions() {
    double small = Workloads.elements(Workloads.programme(1000)) / 1000.0;
    double large = Workloads.elements(Workloads.programme(4000)) / 4000.0;

    assertTrue(large / small > 0.5 && large / small < 2, "elements per intervention: " + small + " and " + large);
  }
}
