package dev.kansen.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.analysis.BandAdvice;
import dev.kansen.analysis.CohortEquity;
import dev.kansen.analysis.CohortMeasures;
import dev.kansen.analysis.EquityFigure;
import dev.kansen.analysis.EquityMeasure;
import dev.kansen.analysis.GroupShare;
import dev.kansen.analysis.Proportion;
import dev.kansen.analysis.Suppression;
import dev.kansen.model.AdviceLevel;
import dev.kansen.model.CohortCell;
import dev.kansen.model.CohortTable;
import dev.kansen.model.ParentalEducation;
import dev.kansen.model.Programme;
import dev.kansen.model.ReferenceLevel;
import dev.kansen.model.SchoolYear;
import dev.kansen.model.TestKind;
import dev.kansen.model.id.MunicipalityCode;
import dev.kansen.testing.CohortTableGenerator;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.Seeds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The attacker of {@code docs/privacy.md} against the equity measures kansen publishes: it reads only
 * what {@link CohortEquity} publishes (as {@code kansen summary --format json} writes it: each
 * published group's pupils and its share, exactly) and the public pupils of every group, and solves
 * its own integer program ({@link CountInterval}) for the count behind each withheld small group. The
 * range must span the protection level (half the group's pupils) unless the total alone narrows it.
 */
class CohortEquityAttackTest {
  private static final int THRESHOLD = 10;

  static Stream<Arguments> cases() {
    return Seeds.cases();
  }

  /**
   * Differencing across measures: the pupils of {@code REVISED_UPWARD} are the eligible of
   * {@code ELIGIBLE_FOR_REVISION}. The control withholds unknown (4 pupils) and middle (complementary)
   * in the eligible figure, but the revised figure published middle's pupils, that is its eligible
   * count: 44 eligible − low 20 − high 10 − middle 12 left unknown's 2 eligible out of 4 pinned.
   */
  @Test
  void theEligibleOfAGroupWithheldInOneMeasureAreNotPublishedAsThePupilsOfTheNextMeasure() {
    CohortTable table = table(List.of(
        revision(ParentalEducation.UNKNOWN, 4, 2, 1),
        revision(ParentalEducation.LOW, 30, 20, 5),
        revision(ParentalEducation.MIDDLE, 25, 12, 3),
        revision(ParentalEducation.HIGH, 60, 10, 2)));
    CohortEquity equity = CohortEquity.of(table, control(table));
    EquityFigure eligible = equity.figure(EquityMeasure.ELIGIBLE_FOR_REVISION).orElseThrow();
    assertTrue(eligible.group("unknown").suppressed(), eligible.toString());

    long[] range = attack(equity, table, EquityMeasure.ELIGIBLE_FOR_REVISION, ParentalEducation.UNKNOWN);
    assertWideEnough(range, 4, "eligible among unknown: " + equity.figures());
  }

  /**
   * Rounding: the control audited the shares of cohort tables at one decimal of a percent, but kansen
   * publishes them exactly (a proportion, a share in the JSON, gaps). With thousands of pupils one
   * decimal leaves a few pupils of room that the exact shares take away: total 900 of 6,010, low 600
   * of 3,000 and high 300 of 3,000 leave none of unknown's 4 (and middle's 6) below the test advice.
   */
  @Test
  void theControlAuditsTheSharesAtThePrecisionTheyArePublished() {
    CohortTable table = table(List.of(
        below(ParentalEducation.UNKNOWN, 4, AdviceLevel.HAVO),
        below(ParentalEducation.MIDDLE, 6, AdviceLevel.HAVO),
        below(ParentalEducation.LOW, 600, AdviceLevel.VMBO_GT),
        below(ParentalEducation.LOW, 2400, AdviceLevel.HAVO),
        below(ParentalEducation.HIGH, 300, AdviceLevel.VMBO_GT),
        below(ParentalEducation.HIGH, 2700, AdviceLevel.HAVO)));
    CohortEquity equity = CohortEquity.of(table, control(table));
    EquityFigure figure = equity.figure(EquityMeasure.BELOW_TEST_ADVICE).orElseThrow();
    assertTrue(figure.group("unknown").suppressed() && figure.group("middle").suppressed(), figure.toString());

    long[] range = attack(equity, table, EquityMeasure.BELOW_TEST_ADVICE, ParentalEducation.UNKNOWN);
    assertWideEnough(range, 4, "below test advice among unknown: " + figure);
  }

  /** The attacker can fail: against a table published without any control it pins the small group. */
  @Test
  void theAttackerPinsASmallGroupWhenNothingIsWithheld() {
    CohortTable table = table(List.of(
        revision(ParentalEducation.UNKNOWN, 4, 2, 1),
        revision(ParentalEducation.LOW, 30, 20, 5),
        revision(ParentalEducation.HIGH, 60, 10, 2)));
    CohortEquity equity = CohortEquity.of(table, dev.kansen.analysis.Disclosure.of(1));
    long[] range = attack(equity, table, EquityMeasure.ELIGIBLE_FOR_REVISION, ParentalEducation.UNKNOWN);
    assertEquals(2, range[0]);
    assertEquals(2, range[1]);
  }

  /**
   * Over generated cohort tables: for every measure measured on the groups' own pupils, every withheld
   * group below the threshold keeps the range the design promises against all the equity figures of
   * its table together (its own figure, and for the eligible the pupils of the revised).
   */
  @ParameterizedTest
  @MethodSource("cases")
  void noWithheldSmallGroupOfAGeneratedTableIsNarrowedBelowTheProtectionLevel(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    CohortTable table = CohortTableGenerator.table(random);
    CohortEquity equity = CohortEquity.of(table, control(table));
    for (EquityFigure figure : equity.figures()) {
      if (figure.measure() == EquityMeasure.REVISED_UPWARD) {
        continue;
      }
      for (GroupShare share : figure.groups()) {
        ParentalEducation group = ParentalEducation.valueOf(share.group().toUpperCase(java.util.Locale.ROOT));
        long pupils = population(table, figure.measure(), group);
        if (share.suppressed() && pupils > 0 && pupils < THRESHOLD) {
          long[] range = attack(equity, table, figure.measure(), group);
          assertWideEnough(range, pupils, Seeds.describe(seed) + ": " + figure.measure() + " " + group + " in "
              + equity.figures());
        }
      }
    }
  }

  /**
   * Differencing the advice within each test result against the group's share: low has 13 of 53
   * pupils with a test result below their test advice; test advice havo 10 of 30 and vmbo-gt 0 of 20
   * are shown, vwo (3 pupils) is withheld. Twelve more pupils of low have no test result: counted as a
   * test result of their own, they made the test results hold more pupils than the share, the control
   * dropped the relation, withheld nothing beside vwo, and 13 − 10 − 0 gave all 3 vwo pupils away.
   */
  @Test
  void theAdviceWithinEachTestResultHoldsOnlyPupilsWithATestResult() {
    CohortTable table = table(List.of(
        advice(ParentalEducation.LOW, AdviceLevel.HAVO, AdviceLevel.HAVO, 20),
        advice(ParentalEducation.LOW, AdviceLevel.HAVO, AdviceLevel.VMBO_GT, 10),
        advice(ParentalEducation.LOW, AdviceLevel.VWO, AdviceLevel.HAVO, 3),
        advice(ParentalEducation.LOW, AdviceLevel.VMBO_GT, AdviceLevel.VMBO_GT, 20),
        advice(ParentalEducation.LOW, null, AdviceLevel.HAVO, 12),
        advice(ParentalEducation.MIDDLE, AdviceLevel.HAVO, AdviceLevel.HAVO, 40),
        advice(ParentalEducation.HIGH, AdviceLevel.HAVO, AdviceLevel.HAVO, 50),
        advice(ParentalEducation.HIGH, AdviceLevel.HAVO, AdviceLevel.VMBO_GT, 10),
        advice(ParentalEducation.UNKNOWN, AdviceLevel.HAVO, AdviceLevel.HAVO, 20)));
    CohortEquity equity = CohortEquity.of(table, control(table));
    long[] range = attackBand(equity, table, ParentalEducation.LOW, AdviceLevel.VWO.label());
    assertWideEnough(range, 3, "below test advice among low with test advice vwo: " + equity.adviceByTestResult());
  }

  /** Over generated tables: no withheld small test result of a published group is narrowed. */
  @ParameterizedTest
  @MethodSource("cases")
  void noWithheldSmallTestResultOfAGeneratedTableIsNarrowedBelowTheProtectionLevel(long seed) {
    CohortTable table = CohortTableGenerator.table(new SplittableRandom(seed));
    CohortEquity equity = CohortEquity.of(table, control(table));
    for (BandAdvice band : equity.adviceByTestResult()) {
      ParentalEducation group = ParentalEducation.valueOf(band.group().toUpperCase(java.util.Locale.ROOT));
      long pupils = testResults(table, group).getOrDefault(band.testResult(), 0L);
      if (band.suppressed() && pupils > 0 && pupils < THRESHOLD && band.suppression() != Suppression.FIGURE_WITHHELD) {
        long[] range = attackBand(equity, table, group, band.testResult());
        assertWideEnough(range, pupils, Seeds.describe(seed) + ": " + group + " " + band.testResult() + " in "
            + equity.adviceByTestResult());
      }
    }
  }

  /**
   * The range of the count below the test advice among a group's pupils with one test result: the
   * counts of every test result (pupils public) add up to the group's published count, and a
   * published distribution states its count.
   */
  private static long[] attackBand(CohortEquity equity, CohortTable table, ParentalEducation group, String target) {
    Map<String, Long> results = testResults(table, group);
    CountInterval program = new CountInterval();
    CountInterval totalOnly = new CountInterval();
    results.forEach((r, n) -> {
      program.group(r, n);
      totalOnly.group(r, n);
    });
    List<String> all = List.copyOf(results.keySet());
    GroupShare share = equity.figure(EquityMeasure.BELOW_TEST_ADVICE).orElseThrow().group(group.category());
    share.proportion().ifPresent(p -> {
      program.sum(all, count(p));
      totalOnly.sum(all, count(p));
    });
    for (BandAdvice band : equity.adviceByTestResult()) {
      if (band.group().equals(group.category()) && !band.suppressed() && results.containsKey(band.testResult())) {
        AdviceLevel test = testAdvice(table, band.testResult()).orElseThrow();
        long below = band.advice().entrySet().stream().filter(e -> e.getKey().below(test))
            .mapToLong(Map.Entry::getValue).sum();
        program.sum(List.of(band.testResult()), below);
      }
    }
    long[] range = program.interval(target);
    long[] baseline = totalOnly.interval(target);
    assertNotNull(range, "the published figures agree with no counts at all");
    return new long[] {range[0], range[1], baseline[1] - baseline[0]};
  }

  /** Public knowledge: a group's pupils by test result, of those with a test result. */
  private static Map<String, Long> testResults(CohortTable table, ParentalEducation group) {
    Map<String, Long> results = new java.util.LinkedHashMap<>();
    CohortMeasures.adviceByTestResult(table, group).forEach((r, advice) -> {
      if (testAdvice(table, r).isPresent()) {
        results.put(r, advice.values().stream().mapToLong(Long::longValue).sum());
      }
    });
    return results;
  }

  private static Optional<AdviceLevel> testAdvice(CohortTable table, String testResult) {
    return table.band(testResult).map(b -> b.testAdvice())
        .or(() -> Arrays.stream(AdviceLevel.values()).filter(a -> a.label().equals(testResult)).findFirst());
  }

  private static CohortCell advice(ParentalEducation group, AdviceLevel test, AdviceLevel school, int pupils) {
    CohortCell.Builder cell = CohortCell.builder().parentalEducation(group).schoolAdvice(school).pupils(pupils);
    if (test != null) {
      cell.testAdvice(test);
    }
    return cell.build();
  }

  // --- the attacker ---------------------------------------------------------------------------

  /**
   * The least and greatest count of the group with the measure's attribute that agree with every
   * equity figure of the table together, with the width of the range the measure's total alone leaves
   * appended. Its program holds one count per measure and group, each from 0 to the group's pupils
   * (public), and ties them by what was published: a published share's count, a published total's
   * count; the pupils of the revised are the eligible (a published pupils of the revised is the count
   * eligible), the revised are at most the eligible, and pupils at 2F (1S) are at most those at 1F.
   */
  private static long[] attack(CohortEquity equity, CohortTable table, EquityMeasure measure,
      ParentalEducation target) {
    CountInterval program = new CountInterval();
    for (EquityFigure figure : equity.figures()) {
      EquityMeasure m = figure.measure();
      EquityMeasure population = m == EquityMeasure.REVISED_UPWARD ? EquityMeasure.ELIGIBLE_FOR_REVISION : m;
      List<String> all = new ArrayList<>();
      for (ParentalEducation group : ParentalEducation.values()) {
        long pupils = population(table, population, group);
        if (pupils > 0) {
          program.group(name(m, group), pupils);
          all.add(name(m, group));
        }
      }
      figure.total().proportion().ifPresent(p -> program.sum(all, count(p)));
      for (GroupShare share : figure.groups()) {
        share.proportion().ifPresent(p -> program.sum(List.of(m + ":" + share.group()), count(p)));
      }
      if (m == EquityMeasure.REVISED_UPWARD) {
        List<String> eligible = all.stream().map(MeasureNames::eligible).toList();
        all.forEach(n -> program.atMost(n, MeasureNames.eligible(n)));
        figure.total().proportion().ifPresent(p -> program.sum(eligible, p.pupils()));
        for (GroupShare share : figure.groups()) {
          share.proportion().ifPresent(p -> program.sum(
              List.of(EquityMeasure.ELIGIBLE_FOR_REVISION + ":" + share.group()), p.pupils()));
        }
      }
    }
    for (EquityFigure figure : equity.figures()) {
      EquityMeasure m = figure.measure();
      if (m.domain().isPresent() && !m.counts(ReferenceLevel.LEVEL_1F)) {
        Optional<EquityMeasure> oneF = Arrays.stream(EquityMeasure.values())
            .filter(o -> o.domain().equals(m.domain()) && o.counts(ReferenceLevel.LEVEL_1F)).findFirst();
        if (oneF.isPresent() && equity.figure(oneF.get()).isPresent()) {
          for (ParentalEducation group : ParentalEducation.values()) {
            if (population(table, m, group) > 0) {
              program.atMost(name(m, group), name(oneF.get(), group));
            }
          }
        }
      }
    }
    EquityFigure figure = equity.figure(measure).orElseThrow();
    CountInterval totalOnly = new CountInterval();
    List<String> all = new ArrayList<>();
    for (ParentalEducation group : ParentalEducation.values()) {
      if (population(table, measure, group) > 0) {
        totalOnly.group(name(measure, group), population(table, measure, group));
        all.add(name(measure, group));
      }
    }
    figure.total().proportion().ifPresent(p -> totalOnly.sum(all, count(p)));
    long[] range = program.interval(name(measure, target));
    long[] baseline = totalOnly.interval(name(measure, target));
    assertNotNull(range, "the published figures agree with no counts at all");
    return new long[] {range[0], range[1], baseline[1] - baseline[0]};
  }

  private static String name(EquityMeasure measure, ParentalEducation group) {
    return measure + ":" + group.category();
  }

  /** The names of the attacker's counts. */
  private static final class MeasureNames {
    private MeasureNames() {}

    /** @return the eligible count a revised count's pupils are */
    static String eligible(String revised) {
      return revised.replace(EquityMeasure.REVISED_UPWARD.name(), EquityMeasure.ELIGIBLE_FOR_REVISION.name());
    }
  }

  /** Public knowledge: the pupils of a group the measure is taken over. */
  private static long population(CohortTable table, EquityMeasure measure, ParentalEducation group) {
    return CohortMeasures.proportion(table, measure, Optional.of(group)).map(Proportion::pupils).orElse(0L);
  }

  /** The count behind a published share, read back as the JSON states it: pupils and share. */
  private static long count(Proportion p) {
    return Math.round(p.share() * p.pupils());
  }

  private static void assertWideEnough(long[] range, long pupils, String where) {
    long required = Math.max(1, (long) Math.ceil(LinkedDisclosure.DEFAULT_PROTECTION_LEVEL * pupils));
    long promised = Math.min(required, range[2]);
    assertTrue(range[1] - range[0] >= promised, where + ": the attacker narrows " + pupils + " pupils to "
        + range[0] + ".." + range[1] + ", the design promises a range of at least " + promised);
  }

  // --- tables ---------------------------------------------------------------------------------

  private static LinkedDisclosure control(CohortTable table) {
    Programme programme = Programme.builder().from(ProgrammeGenerator.programme(new SplittableRandom(1)))
        .cohortTables(List.of(table)).build();
    return LinkedDisclosure.of(programme, THRESHOLD);
  }

  private static CohortTable table(List<CohortCell> cells) {
    return CohortTable.builder().id("t").schoolYear(SchoolYear.of(2023)).municipality(MunicipalityCode.of("GM0796"))
        .test(TestKind.DOORSTROOMTOETS).addAllCells(cells).build();
  }

  private static CohortCell revision(ParentalEducation group, int pupils, int eligible, int revised) {
    return CohortCell.builder().parentalEducation(group).testAdvice(AdviceLevel.HAVO).schoolAdvice(AdviceLevel.HAVO)
        .provisionalAdvice(AdviceLevel.VMBO_GT).pupils(pupils).eligible(eligible).revised(revised).build();
  }

  private static CohortCell below(ParentalEducation group, int pupils, AdviceLevel school) {
    return CohortCell.builder().parentalEducation(group).testAdvice(AdviceLevel.HAVO).schoolAdvice(school)
        .pupils(pupils).build();
  }
}
