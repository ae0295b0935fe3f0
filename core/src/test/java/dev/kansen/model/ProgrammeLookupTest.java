package dev.kansen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.testing.ProgrammeGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Lookups by id on a programme: what they find, and that each takes constant time. */
class ProgrammeLookupTest {
  private static final Programme GENERATED = ProgrammeGenerator.programme(new SplittableRandom(7), 400);

  @Test
  void everyEntityIsFoundByItsId() {
    GENERATED.partners().forEach(p -> assertSame(p, GENERATED.partner(p.id()).orElseThrow()));
    GENERATED.interventions().forEach(i -> assertSame(i, GENERATED.intervention(i.id()).orElseThrow()));
    GENERATED.grants().forEach(g -> assertSame(g, GENERATED.grant(g.id()).orElseThrow()));
    GENERATED.indicators().forEach(i -> assertSame(i, GENERATED.indicator(i.id()).orElseThrow()));
  }

  @Test
  void anUnknownIdFindsNothing() {
    assertTrue(GENERATED.partner("no-such-id").isEmpty());
    assertTrue(GENERATED.intervention("no-such-id").isEmpty());
    assertTrue(GENERATED.grant("no-such-id").isEmpty());
    assertTrue(GENERATED.indicator("no-such-id").isEmpty());
  }

  @Test
  void aDuplicateIdFindsTheFirstOccurrenceAsAScanWould() {
    Partner first = partner("p", "First");
    Programme programme = Programme.builder().from(GENERATED).partners(List.of(partner("a", "A"), first, partner("p", "Second")))
        .build();
    assertSame(first, programme.partner("p").orElseThrow());
  }

  @Test
  void lookupsReadEachElementOnceHoweverManyThereAre() {
    CountingProgramme programme = CountingProgramme.of(GENERATED);
    for (int round = 0; round < 3; round++) {
      GENERATED.partners().forEach(p -> programme.partner(p.id()));
      GENERATED.interventions().forEach(i -> programme.intervention(i.id()));
      GENERATED.grants().forEach(g -> programme.grant(g.id()));
      GENERATED.indicators().forEach(i -> programme.indicator(i.id()));
    }
    long indexed = GENERATED.partners().size() + GENERATED.interventions().size() + GENERATED.grants().size()
        + GENERATED.indicators().size();
    assertEquals(indexed, programme.reads(), "the lists are read once, to build the lookups, and never scanned");
  }

  @Test
  void theLookupsAreNotPartOfTheValue() {
    Programme looked = Programme.builder().from(GENERATED).build();
    Programme fresh = Programme.builder().from(GENERATED).build();
    looked.partner(GENERATED.partners().get(0).id());
    assertEquals(fresh, looked);
    assertEquals(fresh.hashCode(), looked.hashCode());
    assertEquals(fresh.toString(), looked.toString());
  }

  @Test
  void threadsLookingUpAtOnceAllFindTheirEntity() throws Exception {
    Programme programme = Programme.builder().from(GENERATED).build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> found = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        found.add(pool.submit(() -> programme.partners().stream()
            .allMatch(p -> programme.partner(p.id()).orElseThrow() == p)));
      }
      for (Future<Boolean> f : found) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static Partner partner(String id, String name) {
    return Partner.builder().id(id).name(name).type(OrganisationType.PRIMARY_SCHOOL).addRoles(PartnerRole.IMPLEMENTING).build();
  }

}
