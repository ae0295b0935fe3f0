package dev.kansen.analysis;

import dev.kansen.model.Intervention;
import dev.kansen.model.Programme;
import dev.kansen.model.Reach;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An intervention's reach against its eligible population, as it may be published: toddlers with
 * an indication against those taking part. Where fewer than the small-cell threshold (but more
 * than none) of the eligible are not reached, publishing both counts would tell how small that
 * group is, so the eligible population and the share are withheld and only the reach is shown.
 *
 * @param intervention the intervention's id
 * @param reached the actual reach, or the planned reach where no actual reach is stated
 * @param actual whether {@code reached} is the actual reach
 * @param eligible the eligible population; empty when withheld
 * @param percent the share of the eligible population reached, in whole percent (rounded half up);
 *     empty when withheld, when the units differ or when the eligible population is zero
 * @param withheld whether the eligible population is withheld to protect a small group
 */
public record EligibleReach(String intervention, Reach reached, boolean actual, Optional<Reach> eligible,
    Optional<BigDecimal> percent, boolean withheld) {
  /** Checks the parts. */
  public EligibleReach {
    Objects.requireNonNull(intervention, "intervention");
    Objects.requireNonNull(reached, "reached");
    Objects.requireNonNull(eligible, "eligible");
    Objects.requireNonNull(percent, "percent");
  }

  /**
   * @param programme a programme
   * @param threshold the fewest children a published group may hold, at least 1
   * @return the reach against the eligible population of each intervention that states both, in the programme's order
   */
  public static List<EligibleReach> of(Programme programme, int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1, but was " + threshold);
    }
    List<EligibleReach> out = new ArrayList<>();
    for (Intervention i : programme.interventions()) {
      Optional<Reach> reach = i.actualReach().or(i::plannedReach);
      if (i.eligiblePopulation().isEmpty() || reach.isEmpty()) {
        continue;
      }
      Reach eligible = i.eligiblePopulation().get();
      Reach reached = reach.get();
      boolean sameUnit = eligible.unit() == reached.unit();
      long notReached = eligible.count() - reached.count();
      boolean withheld = sameUnit && notReached > 0 && notReached < threshold;
      Optional<BigDecimal> percent = withheld || !sameUnit || eligible.count() == 0 ? Optional.empty()
          : Optional.of(BigDecimal.valueOf(reached.count()).multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(eligible.count()), 0, RoundingMode.HALF_UP));
      out.add(new EligibleReach(i.id(), reached, i.actualReach().isPresent(),
          withheld ? Optional.empty() : Optional.of(eligible), percent, withheld));
    }
    return out;
  }
}
