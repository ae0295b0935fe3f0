package dev.kansen.validation;

import static dev.kansen.validation.ProgrammeFixture.grant;
import static dev.kansen.validation.ProgrammeFixture.indicator;
import static dev.kansen.validation.ProgrammeFixture.intervention;
import static dev.kansen.validation.ProgrammeFixture.period;
import static dev.kansen.validation.ProgrammeFixture.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Allocation;
import dev.kansen.model.Baseline;
import dev.kansen.model.Breakdown;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.DateRange;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measure;
import dev.kansen.model.Measurement;
import dev.kansen.model.Money;
import dev.kansen.model.Observation;
import dev.kansen.model.Programme;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.testing.Seeds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over the seeded generator's programmes: every valid programme validates without an
 * ERROR, and one injected fault of a known kind is reported with its code at the injected path.
 */
class GeneratedProgrammesTest {
  private static final ValidationContext CONTEXT = ValidationContext.asOf(ProgrammeGenerator.AS_OF);
  private static final Map<Fault, Integer> INJECTED = new EnumMap<>(Fault.class);

  /** A fault injected into a programme: the changed programme, and where it must be reported. */
  record Injected(Programme programme, String path) {}

  /** The kinds of fault, each with the code it must be reported with. */
  enum Fault {
    DANGLING_PARTNER_REFERENCE("UNRESOLVED_PARTNER_REFERENCE") {
      @Override
      Optional<Injected> inject(Programme p, SplittableRandom random) {
        return anyIndex(p.interventions(), random).map(i -> new Injected(
            intervention(p, i, b -> b.lead("no-such-partner")), "/interventions/" + i + "/lead"));
      }
    },
    DUPLICATE_ID("DUPLICATE_ID") {
      @Override
      Optional<Injected> inject(Programme p, SplittableRandom random) {
        if (p.partners().isEmpty()) {
          return Optional.empty();
        }
        String taken = p.partners().get(random.nextInt(p.partners().size())).id();
        return anyIndex(p.interventions(), random).map(i -> new Injected(
            intervention(p, i, b -> b.id(taken)), "/interventions/" + i + "/id"));
      }
    },
    ALLOCATION_OVER_GRANT("ALLOCATIONS_EXCEED_GRANT") {
      @Override
      Optional<Injected> inject(Programme p, SplittableRandom random) {
        for (int g : order(p.grants(), random)) {
          Grant grant = p.grants().get(g);
          if (!grant.allocations().isEmpty()) {
            int a = random.nextInt(grant.allocations().size());
            Allocation over = Allocation.of(grant.allocations().get(a).intervention(),
                grant.amount().orElseThrow().plus(Money.eur("0.01")));
            return Optional.of(new Injected(grant(p, g, b -> b.allocations(replace(grant.allocations(), a, over))),
                "/grants/" + g + "/allocations/" + a + "/amount"));
          }
        }
        return Optional.empty();
      }
    },
    INTERVENTION_OUTSIDE_PROGRAMME_PERIOD("INTERVENTION_OUTSIDE_PROGRAMME_PERIOD") {
      @Override
      Optional<Injected> inject(Programme p, SplittableRandom random) {
        return anyIndex(p.interventions(), random).map(i -> new Injected(intervention(p, i, b -> b.planned(
            DateRange.of(p.period().orElseThrow().start().minusDays(1), p.interventions().get(i).planned().orElseThrow().end()))),
            "/interventions/" + i + "/planned/start"));
      }
    },
    ACTUAL_DATE_AFTER_AS_OF("ACTUAL_DATE_AFTER_AS_OF") {
      @Override
      Optional<Injected> inject(Programme p, SplittableRandom random) {
        return anyIndex(p.interventions(), random).map(i -> new Injected(
            intervention(p, i, b -> b.statusDate(CONTEXT.asOf().plusDays(1))), "/interventions/" + i + "/statusDate"));
      }
    },
    BUDGET_LONGER_THAN_A_YEAR("BUDGET_PERIOD_TOO_LONG") {
      @Override
      Optional<Injected> inject(Programme p, SplittableRandom random) {
        for (int g : order(p.grants(), random)) {
          Grant grant = p.grants().get(g);
          if (!grant.budgets().isEmpty()) {
            int l = random.nextInt(grant.budgets().size());
            BudgetLine line = grant.budgets().get(l);
            BudgetLine longer = BudgetLine.builder().from(line)
                // a year and a day: from 29 February, plusYears(1) alone ends on the latest allowed day
                .period(DateRange.of(line.period().start(), line.period().start().plusYears(1).plusDays(1))).build();
            return Optional.of(new Injected(grant(p, g, b -> b.budgets(replace(grant.budgets(), l, longer))),
                "/grants/" + g + "/budgets/" + l + "/period/end"));
          }
        }
        return Optional.empty();
      }
    },
    DISBURSEMENT_OVER_COMMITMENT("DISBURSEMENTS_EXCEED_COMMITMENTS") {
      @Override
      Optional<Injected> inject(Programme p, SplittableRandom random) {
        return anyIndex(p.grants(), random).map(g -> {
          Grant grant = p.grants().get(g);
          Money everything = grant.amount().orElseThrow();
          for (Transaction t : grant.transactions()) {
            everything = everything.plus(t.amount());
          }
          Transaction over = Transaction.builder().type(TransactionType.DISBURSEMENT).date(grant.period().orElseThrow().start())
              .amount(everything.plus(Money.eur("0.01"))).build();
          return new Injected(grant(p, g, b -> b.addTransactions(over)),
              "/grants/" + g + "/transactions/" + grant.transactions().size() + "/amount");
        });
      }
    },
    SMALL_CELL("SMALL_CELL") {
      @Override
      Optional<Injected> inject(Programme p, SplittableRandom random) {
        return figure(p, random, f -> f.value().isPresent() && f.pupils().isPresent(),
            (f, path) -> new FigureChange(path + "/pupils", copy(f, CONTEXT.smallCellThreshold() - 1, f.value(),
                f.breakdowns())));
      }
    },
    BREAKDOWN_NOT_SUMMING("BREAKDOWN_PUPILS_MISMATCH") {
      @Override
      Optional<Injected> inject(Programme p, SplittableRandom random) {
        return figure(p, random, f -> f.pupils().isPresent() && !f.breakdowns().isEmpty()
                && f.breakdowns().stream().allMatch(c -> c.pupils().isPresent()),
            (f, path) -> {
              Breakdown first = f.breakdowns().get(0);
              Breakdown more = Breakdown.builder().from(first).pupils(first.pupils().getAsInt() + 1).build();
              return new FigureChange(path + "/breakdowns/0",
                  copy(f, f.pupils().getAsInt(), f.value(), replace(f.breakdowns(), 0, more)));
            });
      }
    },
    PERCENTAGE_ABOVE_100("PERCENTAGE_OUT_OF_RANGE") {
      @Override
      Optional<Injected> inject(Programme p, SplittableRandom random) {
        return figure(p, random, f -> f.value().isPresent() && f.pupils().isPresent(),
            (f, path) -> new FigureChange(path + "/value", copy(f, f.pupils().getAsInt(),
                Optional.of(new BigDecimal("100.5")), f.breakdowns())),
            Measure.PERCENTAGE);
      }
    },
    UNRESOLVED_FUNDER("UNRESOLVED_FUNDER") {
      @Override
      Optional<Injected> inject(Programme p, SplittableRandom random) {
        return anyIndex(p.grants(), random).map(g -> new Injected(grant(p, g, b -> b.funder("no-such-funder")),
            "/grants/" + g + "/funder"));
      }
    };

    final String code;

    Fault(String code) {
      this.code = code;
    }

    abstract Optional<Injected> inject(Programme p, SplittableRandom random);
  }

  /** @return the seeded cases; a local source, so this class runs alone without opening dev.kansen.testing */
  static Stream<Arguments> seeds() {
    return Seeds.cases();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void generatedValidProgrammesHaveNoErrors(long seed) {
    Programme p = ProgrammeGenerator.programme(new SplittableRandom(seed));
    ValidationReport report = Validator.standard().validate(p, CONTEXT);
    assertEquals(List.of(), report.errors(), () -> Seeds.describe(seed));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void anInjectedFaultIsReportedWithItsCodeAtItsPath(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Programme p = ProgrammeGenerator.programme(random);
    for (Fault fault : Fault.values()) {
      Optional<Injected> injected = fault.inject(p, random);
      if (injected.isEmpty()) {
        continue;
      }
      synchronized (INJECTED) {
        INJECTED.merge(fault, 1, Integer::sum);
      }
      ValidationReport report = Validator.standard().validate(injected.get().programme(), CONTEXT);
      assertTrue(report.withCode(fault.code).stream().anyMatch(v -> v.path().toString().equals(injected.get().path())),
          () -> Seeds.describe(seed) + ": " + fault + " at " + injected.get().path() + " not reported as " + fault.code
              + "; got " + report);
    }
  }

  @AfterAll
  static void everyKindOfFaultWasInjected() {
    if (Seeds.caseCount() >= 100 && !INJECTED.isEmpty()) {
      for (Fault fault : Fault.values()) {
        assertTrue(INJECTED.getOrDefault(fault, 0) > 0, fault + " was never injected in " + Seeds.caseCount()
            + " cases: " + INJECTED);
      }
    }
  }

  // Helpers to find and change one figure of one indicator.

  /** A changed figure and the path of the change. */
  record FigureChange(String path, Measurement figure) {}

  interface FigureEdit {
    FigureChange apply(Measurement figure, String path);
  }

  private static Optional<Injected> figure(Programme p, SplittableRandom random,
      java.util.function.Predicate<Measurement> fits, FigureEdit edit, Measure... measures) {
    for (int i : order(p.indicators(), random)) {
      Indicator indicator = p.indicators().get(i);
      if (indicator.measure() == Measure.QUALITATIVE
          || measures.length > 0 && !List.of(measures).contains(indicator.measure())) {
        continue;
      }
      int at = i;
      if (indicator.baseline().isPresent() && fits.test(indicator.baseline().get())) {
        Baseline baseline = indicator.baseline().get();
        FigureChange change = edit.apply(baseline, "/indicators/" + i + "/baseline");
        return Optional.of(new Injected(indicator(p, at, b -> b.baseline(rebased(baseline, (Observation) change.figure()))), change.path()));
      }
      for (int q = 0; q < indicator.periods().size(); q++) {
        IndicatorPeriod period = indicator.periods().get(q);
        int pq = q;
        if (period.actual().isPresent() && fits.test(period.actual().get())) {
          FigureChange change = edit.apply(period.actual().get(), "/indicators/" + i + "/periods/" + q + "/actual");
          return Optional.of(new Injected(period(p, at, pq, b -> b.actual((Observation) change.figure())), change.path()));
        }
      }
    }
    return Optional.empty();
  }

  private static Observation copy(Measurement f, int pupils, Optional<BigDecimal> value, List<Breakdown> cells) {
    return Observation.builder().value(value).pupils(pupils).comment(f.comment()).breakdowns(cells).build();
  }

  private static Baseline rebased(Baseline original, Observation figure) {
    return Baseline.builder().schoolYear(original.schoolYear()).unknownProperties(original.unknownProperties())
        .value(figure.value()).pupils(figure.pupils()).comment(figure.comment()).breakdowns(figure.breakdowns()).build();
  }

  private static Optional<Integer> anyIndex(List<?> list, SplittableRandom random) {
    return list.isEmpty() ? Optional.empty() : Optional.of(random.nextInt(list.size()));
  }

  /** The list's positions, starting at a random one and wrapping round. */
  private static List<Integer> order(List<?> list, SplittableRandom random) {
    List<Integer> positions = new ArrayList<>();
    int start = list.isEmpty() ? 0 : random.nextInt(list.size());
    for (int k = 0; k < list.size(); k++) {
      positions.add((start + k) % list.size());
    }
    return positions;
  }
}
