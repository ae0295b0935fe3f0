package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.Intervention;
import dev.kansen.model.Municipality;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.ProgrammeMutations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link ProgrammeIndex}'s lookups by id and by municipality code (tables of positions in arrays) find
 * what a scan of the list in order finds: the first element with the key, or nothing for a dangling
 * reference, in generated and mutated programmes, with repeated ids, with ids whose hash codes all
 * collide, and with empty lists.
 */
class ProgrammeIndexLookupsTest {
  @Test
  void everyLookupFindsTheFirstElementWithTheKey() {
    SplittableRandom random = new SplittableRandom(1129);
    for (int n = 0; n < 200; n++) {
      Programme programme = ProgrammeGenerator.programme(random);
      if (n % 2 == 1) {
        programme = ProgrammeMutations.changeOne(programme, random).programme();
      }
      holds(programme);
    }
  }

  @Test
  void repeatedAndCollidingIdsAreFoundAsAScanFindsThem() {
    Programme programme = ProgrammeFixture.valid();
    List<Partner> partners = new ArrayList<>();
    // 64 ids of one hash code, each twice, then the fixture's own partners
    for (String id : colliding(6)) {
      Partner template = programme.partners().get(0);
      partners.add(Partner.builder().from(template).id(id).build());
      partners.add(Partner.builder().from(template).id(id).name("Second " + id).build());
    }
    partners.addAll(programme.partners());
    Programme crowded = ProgrammeFixture.with(programme, b -> b.partners(partners));
    holds(crowded);
    ProgrammeIndex index = ProgrammeIndex.of(crowded);
    assertEquals(OptionalInt.of(2), index.partnerPosition(colliding(6).get(1)));
    assertEquals(OptionalInt.empty(), index.partnerPosition("AaAaAaAaAaAb"));
    // every second partner repeats an id: DUPLICATE_ID reports each repeat once, pointing at the first
    List<Violation> repeats = Validator.standard().validate(crowded, ValidationContext.asOf(ProgrammeGenerator.AS_OF))
        .violations().stream().filter(v -> v.code().equals("DUPLICATE_ID")).toList();
    assertEquals(64, repeats.size());
    assertEquals(JsonPointer.of("partners", 1, "id"), repeats.get(0).path());
    assertEquals("/partners/0/id", repeats.get(0).arguments().get("first"));
  }

  @Test
  void emptyListsFindNothing() {
    Programme programme = ProgrammeFixture.valid();
    Programme empty = ProgrammeFixture.with(programme, b -> b.partners(List.of()).goals(List.of())
        .interventions(List.of()).grants(List.of()).indicators(List.of()));
    ProgrammeIndex index = ProgrammeIndex.of(empty);
    assertEquals(OptionalInt.empty(), index.partnerPosition(programme.partners().get(0).id()));
    assertEquals(Optional.empty(), index.intervention(programme.interventions().get(0).id()));
    assertEquals(Optional.empty(), index.grant("g"));
    assertEquals(Optional.empty(), index.indicator("i"));
    assertEquals(Optional.empty(), index.goal("g"));
  }

  private static void holds(Programme programme) {
    ProgrammeIndex index = ProgrammeIndex.of(programme);
    List<String> dangling = List.of("no-such-id", "");
    same(programme.partners(), Partner::id, index::partner, dangling);
    same(programme.goals(), Goal::id, index::goal, dangling);
    same(programme.interventions(), Intervention::id, index::intervention, dangling);
    same(programme.grants(), Grant::id, index::grant, dangling);
    same(programme.indicators(), Indicator::id, index::indicator, dangling);
    same(programme.municipalities(), Municipality::code, index::municipality, List.of());
    same(programme.alliance().members(), AllianceMembership::municipality, index::membership, List.of());
    for (Partner partner : programme.partners()) {
      assertEquals(first(programme.partners(), Partner::id, partner.id()), index.partnerPosition(partner.id()));
    }
    for (Intervention intervention : programme.interventions()) {
      assertEquals(first(programme.interventions(), Intervention::id, intervention.id()),
          index.interventionPosition(intervention.id()));
    }
    for (AllianceMembership member : programme.alliance().members()) {
      assertEquals(first(programme.alliance().members(), AllianceMembership::municipality, member.municipality()),
          index.membershipPosition(member.municipality()));
    }
  }

  private static <T, K> void same(List<T> items, Function<T, K> key, Function<K, Optional<T>> lookup, List<K> dangling) {
    for (T item : items) {
      K k = key.apply(item);
      OptionalInt at = first(items, key, k);
      // the very element of the list, not one equal to it
      assertEquals(true, lookup.apply(k).orElseThrow() == items.get(at.getAsInt()), "lookup of " + k);
    }
    for (K k : dangling) {
      if (first(items, key, k).isEmpty()) {
        assertEquals(Optional.empty(), lookup.apply(k), "lookup of " + k);
      }
    }
  }

  private static <T, K> OptionalInt first(List<T> items, Function<T, K> key, K k) {
    for (int i = 0; i < items.size(); i++) {
      if (key.apply(items.get(i)).equals(k)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** 2^blocks distinct ids of one hash code: "Aa" and "BB" hash alike, and so do their concatenations. */
  private static List<String> colliding(int blocks) {
    List<String> ids = new ArrayList<>();
    for (int bits = 0; bits < 1 << blocks; bits++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < blocks; i++) {
        b.append((bits >> i & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(b.toString());
    }
    return ids;
  }
}
