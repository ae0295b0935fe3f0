package dev.kansen.analysis;

import dev.kansen.model.AdviceLevel;
import dev.kansen.model.Breakdown;
import dev.kansen.model.CohortTable;
import dev.kansen.model.Observation;
import dev.kansen.model.ParentalEducation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The equity measures of one cohort table as kansen publishes them: every share goes through a
 * {@link Disclosure}, and a gap is computed only between two published shares.
 *
 * <ol>
 *   <li>Each {@link EquityMeasure} with data becomes one figure: the share of all pupils, broken down
 *       by parental education, each share rounded to one decimal and stating its pupils. The
 *       disclosure control protects the breakdown as a linked table (primary and complementary
 *       suppression, and an audit where the control does one).
 *   <li>Before that, a group's share is withheld ({@link Suppression#NESTED_POPULATION}) when its
 *       pupils differ from those of another measure's share of the same group by more than none and
 *       fewer than the threshold (e.g. the eligible among all pupils): the difference would be a small
 *       group. The same holds for the share of all pupils, which is withheld after the control. A
 *       share revised upward is withheld, as nested too, where the share eligible of the same group
 *       (or of all pupils) is withheld: its pupils are that share's count.
 *   <li>The control audits each share with as many decimals as identify its count, since the
 *       published proportion states the count exactly.
 *   <li>Gaps against the reference group (high parental education unless told otherwise) with their
 *       interval, for every published group whose reference share is published too.
 *   <li>The advice distribution within each test result: for each group whose share below test
 *       advice is published, one more figure of that group broken down by test result, protected the
 *       same way; a group's whole distribution is withheld with its share.
 * </ol>
 */
public final class CohortEquity {
  /** The reference group of the gaps unless told otherwise. */
  public static final ParentalEducation DEFAULT_REFERENCE = ParentalEducation.HIGH;
  private static final String TEST_RESULT = "testResult";

  private final CohortTable table;
  private final List<EquityFigure> figures;
  private final List<BandAdvice> adviceByTestResult;

  private CohortEquity(CohortTable table, Disclosure disclosure, IntervalMethod method, ParentalEducation reference) {
    this.table = table;
    int threshold = disclosure.threshold();
    Map<EquityMeasure, Map<ParentalEducation, Proportion>> exact = new EnumMap<>(EquityMeasure.class);
    Map<EquityMeasure, Proportion> totals = new EnumMap<>(EquityMeasure.class);
    for (EquityMeasure measure : EquityMeasure.values()) {
      Optional<Proportion> total = CohortMeasures.proportion(table, measure, Optional.empty());
      if (total.isEmpty()) {
        continue;
      }
      totals.put(measure, total.get());
      Map<ParentalEducation, Proportion> groups = new EnumMap<>(ParentalEducation.class);
      for (ParentalEducation group : ParentalEducation.values()) {
        Proportion p = CohortMeasures.proportion(table, measure, Optional.of(group)).orElseThrow();
        if (CohortMeasures.pupils(table, group) > 0 || p.pupils() > 0) {
          groups.put(group, p);
        }
      }
      exact.put(measure, groups);
    }
    List<EquityFigure> built = new ArrayList<>();
    for (Map.Entry<EquityMeasure, Map<ParentalEducation, Proportion>> entry : exact.entrySet()) {
      EquityMeasure measure = entry.getKey();
      Observation.Builder figure = Observation.builder().pupils(clamp(totals.get(measure).pupils()));
      percent(totals.get(measure)).ifPresent(figure::value);
      Map<ParentalEducation, Boolean> nested = new EnumMap<>(ParentalEducation.class);
      Optional<EquityFigure> countedIn = countedIn(measure, built);
      for (Map.Entry<ParentalEducation, Proportion> group : entry.getValue().entrySet()) {
        boolean tooClose = nestedTooClosely(exact, measure, group.getKey(), threshold)
            || countedIn.map(f -> f.group(group.getKey().category()).suppressed()).orElse(false);
        nested.put(group.getKey(), tooClose);
        Breakdown.Builder cell = Breakdown.builder().dimension(Breakdown.PARENTAL_EDUCATION)
            .category(group.getKey().category());
        percent(group.getValue()).ifPresent(cell::value);
        if (!tooClose) {
          cell.pupils(clamp(group.getValue().pupils()));
        }
        figure.addBreakdowns(cell.build());
      }
      Observation observation = figure.build();
      PublishedFigure publishedTotal = disclosure.figure(observation);
      GroupShare total = publishedTotal.suppressed()
          ? new GroupShare(GroupShare.ALL, Optional.empty(), publishedTotal.suppression())
          : totalNestedTooClosely(totals, measure, threshold) || countedIn.map(f -> f.total().suppressed()).orElse(false)
              ? new GroupShare(GroupShare.ALL, Optional.empty(), Suppression.NESTED_POPULATION)
              : new GroupShare(GroupShare.ALL, Optional.of(totals.get(measure)), Suppression.NONE);
      List<GroupShare> groups = new ArrayList<>();
      for (PublishedCell cell : disclosure.cells(observation)) {
        ParentalEducation group = ParentalEducation.valueOf(cell.category().toUpperCase(java.util.Locale.ROOT));
        if (cell.suppressed()) {
          Suppression why = nested.get(group) ? Suppression.NESTED_POPULATION : cell.suppression();
          groups.add(new GroupShare(cell.category(), Optional.empty(), why));
        } else {
          groups.add(new GroupShare(cell.category(), Optional.of(entry.getValue().get(group)), Suppression.NONE));
        }
      }
      List<ProportionGap> gaps = new ArrayList<>();
      GroupShare referenceShare = groups.stream().filter(g -> g.group().equals(reference.category())).findFirst()
          .orElse(null);
      if (referenceShare != null && !referenceShare.suppressed() && referenceShare.proportion().get().pupils() > 0) {
        for (GroupShare g : groups) {
          if (!g.suppressed() && !g.group().equals(reference.category()) && g.proportion().get().pupils() > 0) {
            gaps.add(ProportionGap.of(g.group(), g.proportion().get(), referenceShare.group(),
                referenceShare.proportion().get(), method));
          }
        }
      }
      built.add(new EquityFigure(table.id(), measure, total, groups, gaps));
    }
    this.figures = List.copyOf(built);
    this.adviceByTestResult = List.copyOf(adviceByTestResult(disclosure));
  }

  /**
   * The published equity measures of a table with the default interval method (Newcombe's hybrid
   * score) and reference group (high parental education).
   *
   * @param table the cohort table
   * @param disclosure the control deciding what may be published
   * @return the measures
   */
  public static CohortEquity of(CohortTable table, Disclosure disclosure) {
    return of(table, disclosure, IntervalMethod.NEWCOMBE_HYBRID_SCORE, DEFAULT_REFERENCE);
  }

  /**
   * The published equity measures of a table.
   *
   * @param table the cohort table
   * @param disclosure the control deciding what may be published
   * @param method the interval method of the gaps
   * @param reference the reference group of the gaps
   * @return the measures
   */
  public static CohortEquity of(CohortTable table, Disclosure disclosure, IntervalMethod method,
      ParentalEducation reference) {
    return new CohortEquity(Objects.requireNonNull(table, "table"), Objects.requireNonNull(disclosure, "disclosure"),
        Objects.requireNonNull(method, "method"), Objects.requireNonNull(reference, "reference"));
  }

  /** @return the table */
  public CohortTable table() {
    return table;
  }

  /** @return every measure the table holds data for, in the order of {@link EquityMeasure} */
  public List<EquityFigure> figures() {
    return figures;
  }

  /**
   * @param measure a measure
   * @return the measure's figure; empty when the table holds no data for it
   */
  public Optional<EquityFigure> figure(EquityMeasure measure) {
    return figures.stream().filter(f -> f.measure() == measure).findFirst();
  }

  /** @return the school advice distribution within each test result, per group, published or withheld */
  public List<BandAdvice> adviceByTestResult() {
    return adviceByTestResult;
  }

  private List<BandAdvice> adviceByTestResult(Disclosure disclosure) {
    List<BandAdvice> result = new ArrayList<>();
    Optional<EquityFigure> below = figure(EquityMeasure.BELOW_TEST_ADVICE);
    for (ParentalEducation group : ParentalEducation.values()) {
      Map<String, Map<AdviceLevel, Long>> byResult = CohortMeasures.adviceByTestResult(table, group);
      // Only pupils with a test result, as in the share it breaks down: others would make the test
      // results hold more pupils than the share, and the control could not relate them to it.
      byResult.keySet().removeIf(r -> testAdvice(r).isEmpty());
      if (byResult.isEmpty()) {
        continue;
      }
      boolean groupPublished = below.isPresent() && !below.get().group(group.category()).suppressed();
      if (!groupPublished) {
        byResult.keySet().forEach(r -> result.add(new BandAdvice(group.category(), r, Map.of(),
            Suppression.FIGURE_WITHHELD)));
        continue;
      }
      Proportion share = below.get().group(group.category()).proportion().get();
      Observation.Builder figure = Observation.builder().pupils(clamp(share.pupils()));
      percent(share).ifPresent(figure::value);
      Map<String, Proportion> byResultShare = new LinkedHashMap<>();
      for (Map.Entry<String, Map<AdviceLevel, Long>> r : byResult.entrySet()) {
        long pupils = r.getValue().values().stream().mapToLong(Long::longValue).sum();
        long count = belowCount(r.getKey(), r.getValue());
        byResultShare.put(r.getKey(), new Proportion(Math.min(count, pupils), pupils));
        Breakdown.Builder cell = Breakdown.builder().dimension(TEST_RESULT).category(r.getKey()).pupils(clamp(pupils));
        percent(new Proportion(Math.min(count, pupils), pupils)).ifPresent(cell::value);
        figure.addBreakdowns(cell.build());
      }
      Observation observation = figure.build();
      for (PublishedCell cell : disclosure.cells(observation)) {
        result.add(cell.suppressed()
            ? new BandAdvice(group.category(), cell.category(), Map.of(), cell.suppression())
            : new BandAdvice(group.category(), cell.category(), byResult.get(cell.category()), Suppression.NONE));
      }
    }
    return result;
  }

  private Optional<AdviceLevel> testAdvice(String testResult) {
    Optional<AdviceLevel> test = table.band(testResult).map(b -> b.testAdvice());
    if (test.isEmpty()) {
      test = java.util.Arrays.stream(AdviceLevel.values()).filter(a -> a.label().equals(testResult)).findFirst();
    }
    return test;
  }

  private long belowCount(String testResult, Map<AdviceLevel, Long> advice) {
    Optional<AdviceLevel> test = testAdvice(testResult);
    if (test.isEmpty()) {
      return 0;
    }
    AdviceLevel t = test.get();
    return advice.entrySet().stream().filter(e -> e.getKey().below(t)).mapToLong(Map.Entry::getValue).sum();
  }

  /**
   * The already built figure whose counts are this measure's pupils: the eligible of
   * {@link EquityMeasure#ELIGIBLE_FOR_REVISION} are the pupils of {@link EquityMeasure#REVISED_UPWARD}.
   * A group's pupils may be published here only where its share is published there.
   */
  private static Optional<EquityFigure> countedIn(EquityMeasure measure, List<EquityFigure> built) {
    if (measure != EquityMeasure.REVISED_UPWARD) {
      return Optional.empty();
    }
    return built.stream().filter(f -> f.measure() == EquityMeasure.ELIGIBLE_FOR_REVISION).findFirst();
  }

  private static boolean nestedTooClosely(Map<EquityMeasure, Map<ParentalEducation, Proportion>> exact,
      EquityMeasure measure, ParentalEducation group, int threshold) {
    long pupils = exact.get(measure).get(group).pupils();
    for (Map.Entry<EquityMeasure, Map<ParentalEducation, Proportion>> other : exact.entrySet()) {
      Proportion p = other.getValue().get(group);
      if (other.getKey() != measure && p != null) {
        long difference = p.pupils() - pupils;
        if (difference > 0 && difference < threshold) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean totalNestedTooClosely(Map<EquityMeasure, Proportion> totals, EquityMeasure measure,
      int threshold) {
    long pupils = totals.get(measure).pupils();
    return totals.entrySet().stream().filter(e -> e.getKey() != measure).mapToLong(e -> e.getValue().pupils() - pupils)
        .anyMatch(difference -> difference > 0 && difference < threshold);
  }

  /**
   * A share in percent as the control audits it: with as many decimals as identify its count (one for
   * fewer than 1,000 pupils, two for fewer than 10,000...), since kansen publishes the proportion
   * itself, never a rounded share the control could count on to blur it.
   */
  private static Optional<BigDecimal> percent(Proportion p) {
    if (p.pupils() == 0) {
      return Optional.empty();
    }
    int decimals = Math.max(1, Long.toString(p.pupils()).length() - 2);
    return Optional.of(BigDecimal.valueOf(p.count() * 100).divide(BigDecimal.valueOf(p.pupils()), decimals,
        RoundingMode.HALF_UP));
  }

  private static int clamp(long pupils) {
    return (int) Math.min(Integer.MAX_VALUE, pupils);
  }
}
