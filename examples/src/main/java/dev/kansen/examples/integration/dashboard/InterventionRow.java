package dev.kansen.examples.integration.dashboard;

import dev.kansen.model.Allocation;
import dev.kansen.model.DateRange;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.Money;
import dev.kansen.model.Municipality;
import dev.kansen.model.Programme;
import dev.kansen.model.id.MunicipalityCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One intervention flattened for a dashboard: the programme it belongs to, where it runs, what it
 * is, its status, its planned and actual dates, and the money allocated to it from all grants.
 *
 * @param programmeId the programme's id
 * @param programmeTitle the programme's title
 * @param municipality the municipality the intervention runs in: its own, or the programme's when
 *     the programme covers exactly one; empty when neither says
 * @param municipalityName that municipality's name, when the programme lists it
 * @param interventionId the intervention's id
 * @param interventionTitle the intervention's title
 * @param type the intervention type, e.g. {@code SUMMER_SCHOOL}
 * @param status the intervention status, e.g. {@code IMPLEMENTATION}
 * @param plannedStart the first planned day, when the planned period is known
 * @param plannedEnd the last planned day, when the planned period is known
 * @param actualStart the day it actually started, if it did
 * @param actualEnd the day it actually ended, if it did
 * @param fundingAllocated the sum of the grant allocations to the intervention, in euros
 */
public record InterventionRow(
    String programmeId,
    String programmeTitle,
    Optional<MunicipalityCode> municipality,
    Optional<String> municipalityName,
    String interventionId,
    String interventionTitle,
    String type,
    String status,
    Optional<LocalDate> plannedStart,
    Optional<LocalDate> plannedEnd,
    Optional<LocalDate> actualStart,
    Optional<LocalDate> actualEnd,
    BigDecimal fundingAllocated) {

  /**
   * Flattens the interventions of a programme, in document order.
   *
   * @param programme the programme
   * @return one row per intervention
   * @throws IllegalArgumentException when an allocation is not in euros, naming the grant and the intervention
   */
  public static List<InterventionRow> of(Programme programme) {
    List<InterventionRow> rows = new ArrayList<>(programme.interventions().size());
    for (Intervention intervention : programme.interventions()) {
      Optional<MunicipalityCode> code = intervention.municipality()
          .or(() -> programme.municipalities().size() == 1
              ? Optional.of(programme.municipalities().get(0).code()) : Optional.empty());
      Optional<String> name = code.flatMap(c -> programme.municipalities().stream()
          .filter(m -> m.code().equals(c)).map(Municipality::name).findFirst());
      rows.add(new InterventionRow(programme.id(), programme.title(), code, name, intervention.id(),
          intervention.title(), intervention.type().name(), intervention.status().name(),
          intervention.planned().map(DateRange::start), intervention.planned().map(DateRange::end), intervention.actualStart(),
          intervention.actualEnd(), allocated(programme, intervention.id())));
    }
    return rows;
  }

  private static BigDecimal allocated(Programme programme, String interventionId) {
    Money total = Money.zero(Money.EUR);
    for (Grant grant : programme.grants()) {
      for (Allocation allocation : grant.allocations()) {
        if (allocation.intervention().equals(interventionId)) {
          if (!allocation.amount().currency().equals(Money.EUR)) {
            throw new IllegalArgumentException("grant " + grant.id() + " allocates " + allocation.amount()
                + " to intervention " + interventionId + "; the dashboard export sums euros only");
          }
          total = total.plus(allocation.amount());
        }
      }
    }
    return total.amount();
  }
}
