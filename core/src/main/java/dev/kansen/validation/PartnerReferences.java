package dev.kansen.validation;

import dev.kansen.model.Intervention;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.validation.internal.KeyPositions;
import java.util.List;
import java.util.Optional;

/**
 * The partner references that several rules follow — partners' {@code partOf}, interventions'
 * {@code lead} and {@code participants} — each resolved once per validation to the position of the
 * partner it names, so that rules share one hash lookup per reference instead of making their own.
 * Made by {@link ProgrammeIndex} when a rule first asks.
 */
final class PartnerReferences {
  /** A reference that names no partner of the programme, or an element without the reference. */
  static final int NONE = -1;

  /** Per partner, the position of the partner named by its {@code partOf}. */
  private final int[] partOf;
  /** Per intervention, the position of its lead. */
  private final int[] lead;
  /** Per intervention, where its participants start in {@link #participants}; one more entry than interventions. */
  private final int[] participantsFrom;
  /** Every intervention's participants' positions, intervention by intervention. */
  private final int[] participants;

  PartnerReferences(Programme programme, KeyPositions partnersById) {
    List<Partner> partners = programme.partners();
    partOf = new int[partners.size()];
    for (int i = 0; i < partOf.length; i++) {
      Optional<String> parent = partners.get(i).partOf();
      partOf[i] = parent.isPresent() ? position(partnersById, parent.get()) : NONE;
    }
    List<Intervention> interventions = programme.interventions();
    lead = new int[interventions.size()];
    participantsFrom = new int[interventions.size() + 1];
    int count = 0;
    for (int i = 0; i < interventions.size(); i++) {
      participantsFrom[i] = count;
      count += interventions.get(i).participants().size();
    }
    participantsFrom[interventions.size()] = count;
    participants = new int[count];
    for (int i = 0; i < interventions.size(); i++) {
      Intervention intervention = interventions.get(i);
      Optional<String> leader = intervention.lead();
      lead[i] = leader.isPresent() ? position(partnersById, leader.get()) : NONE;
      List<String> ids = intervention.participants();
      int from = participantsFrom[i];
      for (int p = 0; p < ids.size(); p++) {
        participants[from + p] = position(partnersById, ids.get(p));
      }
    }
  }

  private static int position(KeyPositions partnersById, String id) {
    return partnersById.position(id);
  }

  int partOf(int partner) {
    return partOf[partner];
  }

  int lead(int intervention) {
    return lead[intervention];
  }

  int participant(int intervention, int participant) {
    int from = participantsFrom[intervention];
    if (participant < 0 || from + participant >= participantsFrom[intervention + 1]) {
      throw new IndexOutOfBoundsException("Intervention " + intervention + " has no participant " + participant);
    }
    return participants[from + participant];
  }
}
