package dev.kansen.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The list of seed programmes, and that each one's references resolve. */
class SeedProgrammesTest {
  @Test
  void listsBothSeedsOldestFirst() {
    assertEquals(List.of(Limburg2018.ID, SHertogenbosch2021.ID), SeedProgrammes.all().stream().map(Programme::id).toList());
    assertEquals(SHertogenbosch2021.programme(), SeedProgrammes.byId(SHertogenbosch2021.ID).orElseThrow());
    assertTrue(SeedProgrammes.byId("no-such-programme").isEmpty());
  }

  @Test
  void everyReferenceResolvesAndEveryIdIsUnique() {
    for (Programme p : SeedProgrammes.all()) {
      List<String> problems = new ArrayList<>();
      unique(p.id(), p.partners().stream().map(Partner::id).toList(), problems);
      unique(p.id(), p.interventions().stream().map(Intervention::id).toList(), problems);
      unique(p.id(), p.grants().stream().map(Grant::id).toList(), problems);
      unique(p.id(), p.goals().stream().map(Goal::id).toList(), problems);
      p.alliance().coordinator().ifPresent(id -> partner(p, id, "alliance coordinator", problems));
      for (Intervention i : p.interventions()) {
        i.lead().ifPresent(lead -> partner(p, lead, i.id() + " lead", problems));
        i.participants().forEach(id -> partner(p, id, i.id() + " participant", problems));
        i.municipality().ifPresent(code -> {
          if (p.municipalities().stream().noneMatch(m -> m.code().equals(code))) {
            problems.add(i.id() + " runs in " + code + ", which the programme does not cover");
          }
        });
        if (p.period().isPresent() && i.planned().isPresent() && !p.period().get().contains(i.planned().get())) {
          problems.add(i.id() + " planned " + i.planned() + " outside the programme period " + p.period());
        }
      }
      for (Grant g : p.grants()) {
        partner(p, g.funder(), g.id() + " funder", problems);
        partner(p, g.recipient(), g.id() + " recipient", problems);
      }
      for (Goal g : p.goals()) {
        g.interventions().stream().filter(id -> p.intervention(id).isEmpty())
            .forEach(id -> problems.add(g.id() + " names unknown intervention " + id));
      }
      assertEquals(List.of(), problems, p.id());
    }
  }

  private static void unique(String programme, List<String> ids, List<String> problems) {
    Set<String> seen = new HashSet<>();
    ids.stream().filter(id -> !seen.add(id)).forEach(id -> problems.add(programme + " repeats id " + id));
  }

  private static void partner(Programme p, String id, String where, List<String> problems) {
    if (p.partner(id).isEmpty()) {
      problems.add(where + " names unknown partner " + id);
    }
  }
}
