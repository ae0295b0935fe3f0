package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.model.Intervention;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.ProgrammeMutations;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The partner references {@link ProgrammeIndex} resolves once and shares between rules give what
 * looking each one up gives, in generated programmes and in programmes with references to no partner.
 */
class ResolvedPartnerReferencesTest {
  @Test
  void everyResolvedReferenceIsTheLookedUpPosition() {
    SplittableRandom random = new SplittableRandom(20261129);
    int unresolved = 0;
    for (int n = 0; n < 300; n++) {
      Programme programme = ProgrammeGenerator.programme(random);
      if (n % 2 == 1) {
        programme = ProgrammeMutations.changeOne(programme, random).programme();
      }
      unresolved += holds(programme);
    }
    // the mutations name unknown partners often enough for the -1 answers to be checked too
    assertEquals(true, unresolved > 0, "no reference to an unknown partner among the programmes");
  }

  @Test
  void referencesToNoPartnerResolveToMinusOne() {
    Programme programme = ProgrammeFixture.valid();
    Programme broken = ProgrammeFixture.with(programme, b -> b
        .partners(ProgrammeFixture.replace(programme.partners(), 1,
            Partner.builder().from(programme.partners().get(1)).partOf("nobody").build()))
        .interventions(ProgrammeFixture.replace(programme.interventions(), 0,
            Intervention.builder().from(programme.interventions().get(0)).lead("nobody")
                .participants(List.of(programme.partners().get(2).id(), "no-one")).build())));
    ProgrammeIndex index = ProgrammeIndex.of(broken);
    assertEquals(-1, index.partOfPosition(1));
    assertEquals(-1, index.leadPosition(0));
    assertEquals(2, index.participantPosition(0, 0));
    assertEquals(-1, index.participantPosition(0, 1));
    holds(broken);
  }

  @Test
  void aParticipantBeyondTheInterventionsListIsRefused() {
    Programme programme = ProgrammeFixture.valid();
    ProgrammeIndex index = ProgrammeIndex.of(programme);
    int participants = programme.interventions().get(0).participants().size();
    assertThrows(IndexOutOfBoundsException.class, () -> index.participantPosition(0, participants));
    assertThrows(IndexOutOfBoundsException.class, () -> index.participantPosition(0, -1));
    assertThrows(IndexOutOfBoundsException.class, () -> index.partOfPosition(programme.partners().size()));
  }

  /** @return how many references named no partner */
  private static int holds(Programme programme) {
    ProgrammeIndex index = ProgrammeIndex.of(programme);
    ProgrammeIndex lookups = ProgrammeIndex.of(programme);
    int unresolved = 0;
    for (int i = 0; i < programme.partners().size(); i++) {
      Optional<String> partOf = programme.partners().get(i).partOf();
      int expected = partOf.isPresent() ? orMinusOne(lookups.partnerPosition(partOf.get())) : -1;
      assertEquals(expected, index.partOfPosition(i), "partOf of partner " + i);
      unresolved += partOf.isPresent() && expected < 0 ? 1 : 0;
    }
    for (int i = 0; i < programme.interventions().size(); i++) {
      Intervention intervention = programme.interventions().get(i);
      int lead = intervention.lead().isPresent() ? orMinusOne(lookups.partnerPosition(intervention.lead().get())) : -1;
      assertEquals(lead, index.leadPosition(i), "lead of intervention " + i);
      unresolved += intervention.lead().isPresent() && lead < 0 ? 1 : 0;
      for (int p = 0; p < intervention.participants().size(); p++) {
        int expected = orMinusOne(lookups.partnerPosition(intervention.participants().get(p)));
        assertEquals(expected, index.participantPosition(i, p), "participant " + p + " of intervention " + i);
        unresolved += expected < 0 ? 1 : 0;
      }
    }
    return unresolved;
  }

  private static int orMinusOne(OptionalInt position) {
    return position.isPresent() ? position.getAsInt() : -1;
  }
}
