package dev.kansen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Allocation;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measurement;
import dev.kansen.model.Observation;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.Seeds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the analysis of generated programmes, over {@code kansen.cases} seeds. */
class AnalysisPropertiesTest {

  /** @return the seeded cases of this run; a local source, so it works inside the patched module too */
  static Stream<Arguments> cases() {
    return Seeds.cases();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void allocatedAndUnallocatedMakeUpEveryGrantAllocatedWithinItsAmount(long seed) {
    Programme p = ProgrammeGenerator.programme(new SplittableRandom(seed));
    List<GrantFunding> funding = FundingOverview.of(p).grants();
    assertEquals(p.grants().size(), funding.size(), Seeds.describe(seed));
    for (int i = 0; i < p.grants().size(); i++) {
      Grant grant = p.grants().get(i);
      GrantFunding f = funding.get(i);
      BigDecimal allocations = grant.allocations().stream().map(a -> a.amount().amount())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      String where = "grant " + grant.id() + ", " + Seeds.describe(seed);
      assertEquals(grant.id(), f.grant(), where);
      assertEquals(0, allocations.compareTo(f.allocated().amount()), where);
      assertTrue(allocations.compareTo(grant.amount().orElseThrow().amount()) <= 0, "the generator allocates within the grant, " + where);
      assertEquals(grant.amount().orElseThrow(), f.allocated().plus(f.unallocated()), where);
      assertTrue(f.overAllocated().isZero(), where);
      assertFalse(f.mixedCurrencies(), where);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void funderAndInterventionTotalsAddUpToTheGrants(long seed) {
    Programme p = ProgrammeGenerator.programme(new SplittableRandom(seed));
    FundingOverview overview = FundingOverview.of(p);
    Map<Currency, BigDecimal> granted = new HashMap<>();
    Map<Currency, BigDecimal> allocated = new HashMap<>();
    Map<String, BigDecimal> grantedByFunder = new HashMap<>();
    for (Grant grant : p.grants()) {
      granted.merge(grant.amount().orElseThrow().currency(), grant.amount().orElseThrow().amount(), BigDecimal::add);
      grantedByFunder.merge(grant.funder(), grant.amount().orElseThrow().amount(), BigDecimal::add);
      for (Allocation a : grant.allocations()) {
        allocated.merge(a.amount().currency(), a.amount().amount(), BigDecimal::add);
      }
    }
    Map<Currency, BigDecimal> fromFunders = new HashMap<>();
    Map<String, BigDecimal> byFunder = new HashMap<>();
    int grants = 0;
    for (FunderFunding f : overview.funders()) {
      fromFunders.merge(f.currency(), f.granted().amount(), BigDecimal::add);
      byFunder.merge(f.funder(), f.granted().amount(), BigDecimal::add);
      grants += f.grants().size();
      assertEquals(f.granted(), f.allocated().plus(f.unallocated()).minus(f.overAllocated()), Seeds.describe(seed));
    }
    Map<Currency, BigDecimal> fromInterventions = new HashMap<>();
    overview.interventions().forEach(i -> fromInterventions.merge(i.currency(), i.allocated().amount(), BigDecimal::add));
    Map<Currency, BigDecimal> fromOverview = new HashMap<>();
    overview.granted().forEach(m -> fromOverview.put(m.currency(), m.amount()));

    assertEquals(granted, fromFunders, Seeds.describe(seed));
    assertEquals(granted, fromOverview, Seeds.describe(seed));
    assertEquals(grantedByFunder, byFunder, Seeds.describe(seed));
    assertEquals(p.grants().size(), grants, Seeds.describe(seed));
    assertEquals(allocated, fromInterventions, Seeds.describe(seed));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void noPublishedFigureRestsOnFewerPupilsThanTheThreshold(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Programme p = ProgrammeGenerator.programme(random);
    Disclosure disclosure = Disclosure.of(random.nextInt(1, 400));
    int threshold = disclosure.threshold();
    String where = "threshold " + threshold + ", " + Seeds.describe(seed);
    for (Indicator indicator : p.indicators()) {
      for (Measurement m : withResiduals(measurements(indicator), random)) {
        PublishedFigure figure = disclosure.figure(m);
        assertTrue(figure.suppressed() || m.pupils().isEmpty() || m.pupils().getAsInt() >= threshold, where);
        assertEquals(figure.suppressed(), m.pupils().isPresent() && m.pupils().getAsInt() < threshold, where);
        List<PublishedCell> cells = disclosure.cells(m);
        assertEquals(m.breakdowns().size(), cells.size(), where);
        for (int c = 0; c < cells.size(); c++) {
          PublishedCell cell = cells.get(c);
          if (!cell.suppressed()) {
            assertTrue(cell.pupils().getAsInt() >= threshold, where);
            assertEquals(m.breakdowns().get(c).pupils(), cell.pupils(), where);
            assertEquals(m.breakdowns().get(c).value(), cell.value(), where);
          }
        }
        for (String dimension : disclosure.dimensions(m)) {
          assertNoCellCanBeWorkedOut(m, disclosure.cells(m, dimension), threshold, dimension + ", " + where);
          assertGapsUsePublishedCellsOnly(m, disclosure, dimension, dimension + ", " + where);
        }
      }
      IndicatorProgress progress = IndicatorProgress.of(indicator, disclosure);
      for (PeriodProgress period : progress.periods()) {
        if (period.fraction().isPresent()) {
          assertTrue(progress.baseline().isPresent() && !progress.baseline().get().figure().suppressed()
              && !period.actual().get().suppressed() && !period.target().get().suppressed(), where);
        }
      }
    }
  }

  /**
   * Withheld cells of one dimension, counting the pupils the cells leave out of the figure's total as
   * one more: none, all, or at least two groups that together rest on enough pupils. And what a reader
   * can work out — the figure's pupils less the published cells' — is no group at all or a large one.
   */
  private static void assertNoCellCanBeWorkedOut(Measurement m, List<PublishedCell> cells, int threshold, String where) {
    List<Integer> withheld = new ArrayList<>();
    long withheldPupils = 0;
    long statedPupils = 0;
    long publishedPupils = 0;
    boolean allStated = true;
    int position = 0;
    for (int b = 0; b < m.breakdowns().size(); b++) {
      if (!m.breakdowns().get(b).dimension().equals(cells.get(0).dimension())) {
        continue;
      }
      statedPupils += m.breakdowns().get(b).pupils().orElse(0);
      allStated &= m.breakdowns().get(b).pupils().isPresent();
      if (cells.get(position).suppressed()) {
        withheld.add(position);
        withheldPupils += m.breakdowns().get(b).pupils().orElse(0);
      } else {
        publishedPupils += cells.get(position).pupils().getAsInt();
      }
      position++;
    }
    long residual = m.pupils().isPresent() ? Math.max(0, m.pupils().getAsInt() - statedPupils) : 0;
    int groups = withheld.size() + (allStated && residual > 0 ? 1 : 0);
    boolean small = !withheld.isEmpty() || (allStated && residual > 0 && residual < threshold);
    if (small && withheld.size() < cells.size()) {
      assertTrue(groups >= 2, "a lone withheld group, " + where);
      assertTrue(withheldPupils + residual >= threshold,
          "withheld groups with " + (withheldPupils + residual) + " pupils in all, " + where);
    }
    if (m.pupils().isPresent() && m.pupils().getAsInt() >= threshold) {
      long derivable = m.pupils().getAsInt() - publishedPupils;
      assertTrue(derivable <= 0 || derivable >= threshold, "a derivable group of " + derivable + " pupils, " + where);
    }
  }

  private static void assertGapsUsePublishedCellsOnly(Measurement m, Disclosure disclosure, String dimension,
      String where) {
    List<PublishedCell> cells = disclosure.cells(m, dimension);
    for (PublishedCell reference : cells) {
      for (ProportionGap gap : BreakdownGaps.of(m, dimension, reference.category(), disclosure,
          IntervalMethod.NEWCOMBE_HYBRID_SCORE)) {
        PublishedCell a = cells.stream().filter(c -> c.category().equals(gap.group())).findFirst().orElseThrow();
        assertTrue(!a.suppressed() && !reference.suppressed(), where);
        assertTrue(gap.lower() <= gap.gap() + 1e-12 && gap.gap() <= gap.upper() + 1e-12, where);
        assertEquals(a.value().orElseThrow().subtract(reference.value().orElseThrow()).doubleValue() / 100, gap.gap(),
            1.0 / a.pupils().getAsInt() + 1.0 / reference.pupils().getAsInt(), "within the rounding of the counts, " + where);
      }
    }
  }

  /** The figures, and each one that states pupils again with a few more pupils than its cells hold. */
  private static List<Measurement> withResiduals(List<Measurement> figures, SplittableRandom random) {
    List<Measurement> out = new ArrayList<>(figures);
    for (Measurement m : figures) {
      if (m.pupils().isPresent() && !m.breakdowns().isEmpty()) {
        out.add(Observation.builder().value(m.value()).pupils(m.pupils().getAsInt() + random.nextInt(1, 30))
            .addAllBreakdowns(m.breakdowns()).build());
      }
    }
    return out;
  }

  private static List<Measurement> measurements(Indicator indicator) {
    List<Measurement> out = new ArrayList<>();
    indicator.baseline().ifPresent(out::add);
    for (IndicatorPeriod period : indicator.periods()) {
      period.target().ifPresent(out::add);
      period.actual().ifPresent(out::add);
    }
    return out;
  }
}
