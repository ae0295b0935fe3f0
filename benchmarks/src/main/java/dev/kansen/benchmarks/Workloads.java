package dev.kansen.benchmarks;

import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measurement;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import java.util.SplittableRandom;

/**
 * The inputs of the benchmarks: generated programmes, the same for the same size in every run, and
 * the number of elements they hold, by which a time is divided to compare sizes.
 */
public final class Workloads {
  /** The seed every benchmark programme is generated from, so that every run measures the same data. */
  public static final long SEED = 20211027L;

  private Workloads() {}

  /**
   * A valid programme generated from {@link #SEED}: the same programme for the same size in every run.
   *
   * @param interventions the number of interventions; partners, grants, goals and indicators grow with it
   * @return the programme
   */
  public static Programme programme(int interventions) {
    return ProgrammeGenerator.programme(new SplittableRandom(SEED), interventions);
  }

  /**
   * Counts the elements of a programme: every object a validator visits, from the programme itself
   * down to each breakdown. The generator draws the number of partners, grants and indicators at
   * random around a fixed share of the interventions, so this count, not the intervention count, is
   * the size that time per element is measured against.
   *
   * @param programme the programme
   * @return the number of model objects in it, at least 1
   */
  public static long elements(Programme programme) {
    long count = 1 + 1 + programme.alliance().members().size() + programme.municipalities().size();
    for (Partner partner : programme.partners()) {
      count += 1 + partner.identifiers().size();
    }
    count += programme.goals().size() + programme.interventions().size();
    for (Grant grant : programme.grants()) {
      count += 1 + grant.allocations().size() + grant.budgets().size() + grant.transactions().size();
    }
    for (Indicator indicator : programme.indicators()) {
      count += 1;
      if (indicator.baseline().isPresent()) {
        count += measurement(indicator.baseline().get());
      }
      for (IndicatorPeriod period : indicator.periods()) {
        count += 1;
        if (period.target().isPresent()) {
          count += measurement(period.target().get());
        }
        if (period.actual().isPresent()) {
          count += measurement(period.actual().get());
        }
      }
    }
    return count;
  }

  private static long measurement(Measurement measurement) {
    return 1L + measurement.breakdowns().size();
  }
}
