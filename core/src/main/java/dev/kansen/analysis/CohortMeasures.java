package dev.kansen.analysis;

import dev.kansen.model.AdviceLevel;
import dev.kansen.model.CohortCell;
import dev.kansen.model.CohortTable;
import dev.kansen.model.ParentalEducation;
import dev.kansen.model.ReferenceLevelCount;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The equity measures of one cohort table, computed exactly from its counts, before any disclosure
 * control: for analysts holding the true aggregates. What kansen publishes comes from
 * {@link CohortEquity}, which passes these through a {@link Disclosure}.
 */
public final class CohortMeasures {
  private CohortMeasures() {}

  /**
   * A measure for one group, or for all pupils.
   *
   * @param table the cohort table
   * @param measure the measure
   * @param group the group; empty for all pupils
   * @return the proportion; empty when the table holds no data for the measure (e.g. no eligibility counts)
   */
  public static Optional<Proportion> proportion(CohortTable table, EquityMeasure measure,
      Optional<ParentalEducation> group) {
    Predicate<ParentalEducation> in = g -> group.isEmpty() || group.get() == g;
    long count = 0;
    long pupils = 0;
    boolean data = false;
    if (measure.domain().isPresent()) {
      for (ReferenceLevelCount level : table.levels()) {
        if (level.domain() == measure.domain().get()) {
          data = true;
          if (in.test(level.parentalEducation())) {
            pupils += level.pupils();
            count += measure.counts(level.level()) ? level.pupils() : 0;
          }
        }
      }
      return data ? Optional.of(new Proportion(count, pupils)) : Optional.empty();
    }
    for (CohortCell cell : table.cells()) {
      switch (measure) {
        case BELOW_TEST_ADVICE -> {
          Optional<AdviceLevel> test = table.testAdvice(cell);
          if (test.isPresent()) {
            data = true;
            if (in.test(cell.parentalEducation())) {
              pupils += cell.pupils();
              count += cell.schoolAdvice().below(test.get()) ? cell.pupils() : 0;
            }
          }
        }
        case ELIGIBLE_FOR_REVISION -> {
          if (cell.eligible().isPresent()) {
            data = true;
            if (in.test(cell.parentalEducation())) {
              pupils += cell.pupils();
              count += Math.min(cell.eligible().getAsInt(), cell.pupils());
            }
          }
        }
        default -> {
          if (cell.eligible().isPresent() && cell.revised().isPresent()) {
            data = true;
            if (in.test(cell.parentalEducation())) {
              int eligible = Math.min(cell.eligible().getAsInt(), cell.pupils());
              pupils += eligible;
              count += Math.min(cell.revised().getAsInt(), eligible);
            }
          }
        }
      }
    }
    return data ? Optional.of(new Proportion(count, pupils)) : Optional.empty();
  }

  /**
   * The test result a cell counts pupils of: its band's label in a final-test year (e.g.
   * {@code 537-544}), otherwise its test advice's label (e.g. {@code havo}).
   *
   * @param table the table
   * @param cell one of its cells
   * @return the test result; {@code ?} when the cell has none
   */
  public static String testResult(CohortTable table, CohortCell cell) {
    if (cell.band().isPresent()) {
      return cell.band().get();
    }
    return cell.testAdvice().map(AdviceLevel::label).orElse("?");
  }

  /**
   * The school advice distribution within each test result for one group: pupils by test result (in
   * the order of the table's bands, or of the advice ladder) and school advice.
   *
   * @param table the table
   * @param group the group
   * @return counts by test result and school advice, test results without pupils left out
   */
  public static Map<String, Map<AdviceLevel, Long>> adviceByTestResult(CohortTable table, ParentalEducation group) {
    Map<String, Map<AdviceLevel, Long>> byResult = new LinkedHashMap<>();
    table.bands().forEach(b -> byResult.put(b.label(), new EnumMap<>(AdviceLevel.class)));
    if (table.bands().isEmpty()) {
      for (AdviceLevel level : AdviceLevel.values()) {
        byResult.put(level.label(), new EnumMap<>(AdviceLevel.class));
      }
    }
    for (CohortCell cell : table.cells()) {
      if (cell.parentalEducation() == group && cell.pupils() > 0) {
        byResult.computeIfAbsent(testResult(table, cell), k -> new EnumMap<>(AdviceLevel.class))
            .merge(cell.schoolAdvice(), (long) cell.pupils(), Long::sum);
      }
    }
    byResult.values().removeIf(Map::isEmpty);
    return byResult;
  }

  /**
   * @param table the table
   * @param group a group
   * @return the group's pupils in the cells
   */
  public static long pupils(CohortTable table, ParentalEducation group) {
    return table.cells().stream().filter(c -> c.parentalEducation() == group).mapToLong(CohortCell::pupils).sum();
  }
}
