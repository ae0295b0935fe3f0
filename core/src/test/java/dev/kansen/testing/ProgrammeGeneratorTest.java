package dev.kansen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Breakdown;
import dev.kansen.model.DateRange;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.Measure;
import dev.kansen.model.Measurement;
import dev.kansen.model.Money;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import dev.kansen.model.id.Identifier;
import dev.kansen.model.id.IdentifierScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generator keeps its promise: every programme it makes satisfies the cross-object rules, and
 * together the cases exercise every value of every enumeration. Each failure names the rule.
 */
class ProgrammeGeneratorTest {

  /** @return the seeded cases of this run; a local source, so it works inside the patched module too */
  static Stream<Arguments> cases() {
    return Seeds.cases();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void generatedProgrammesKeepTheCrossObjectRules(long seed) {
    Programme p = ProgrammeGenerator.programme(new SplittableRandom(seed));
    List<String> broken = new ArrayList<>();
    new Rules(p, broken).check();
    assertTrue(broken.isEmpty(), () -> Seeds.describe(seed) + " broke " + broken);
  }

  @ParameterizedTest
  @EnumSource(ProgrammeGenerator.Size.class)
  void sizesGiveTheirNumberOfInterventionsAndKeepTheRules(ProgrammeGenerator.Size size) {
    Programme p = ProgrammeGenerator.programme(new SplittableRandom(Seeds.baseSeed()), size);
    assertEquals(size.interventions(), p.interventions().size());
    assertTrue(p.partners().size() > size.interventions() / 3, "partners grow with interventions");
    List<String> broken = new ArrayList<>();
    new Rules(p, broken).check();
    assertTrue(broken.isEmpty(), () -> "broke " + broken);
  }

  @Test
  void threeHundredProgrammesTogetherUseEveryValueOfEveryEnumerationAndUnknownPropertiesEverywhere() {
    Set<Object> seen = new HashSet<>();
    Set<String> withUnknown = new TreeSet<>();
    SplittableRandom random = new SplittableRandom(Seeds.baseSeed());
    for (int n = 0; n < 300; n++) {
      Programme p = ProgrammeGenerator.programme(random.split());
      seen.addAll(p.themes());
      note(withUnknown, "Programme", p.unknownProperties());
      note(withUnknown, "Alliance", p.alliance().unknownProperties());
      p.alliance().members().forEach(m -> note(withUnknown, "AllianceMembership", m.unknownProperties()));
      p.municipalities().forEach(m -> note(withUnknown, "Municipality", m.unknownProperties()));
      p.municipalities().forEach(m -> seen.add(m.province()));
      for (Partner x : p.partners()) {
        seen.add(x.type());
        seen.addAll(x.roles());
        seen.addAll(x.sectors());
        x.identifiers().forEach(i -> seen.add(i.scheme()));
        note(withUnknown, "Partner", x.unknownProperties());
      }
      p.goals().forEach(g -> note(withUnknown, "Goal", g.unknownProperties()));
      for (Intervention x : p.interventions()) {
        seen.add(x.type());
        seen.add(x.status());
        seen.add(x.evidence());
        x.plannedReach().ifPresent(r -> seen.add(r.unit()));
        note(withUnknown, "Intervention", x.unknownProperties());
        x.targetGroup().ifPresent(t -> note(withUnknown, "TargetGroup", t.unknownProperties()));
      }
      for (Grant g : p.grants()) {
        note(withUnknown, "Grant", g.unknownProperties());
        g.allocations().forEach(a -> note(withUnknown, "Allocation", a.unknownProperties()));
        g.budgets().forEach(b -> {
          seen.add(b.type());
          seen.add(b.status());
          note(withUnknown, "BudgetLine", b.unknownProperties());
        });
        g.transactions().forEach(t -> {
          seen.add(t.type());
          note(withUnknown, "Transaction", t.unknownProperties());
        });
      }
      for (Indicator i : p.indicators()) {
        seen.add(i.measure());
        note(withUnknown, "Indicator", i.unknownProperties());
        i.baseline().ifPresent(b -> {
          note(withUnknown, "Baseline", b.unknownProperties());
          b.breakdowns().forEach(d -> note(withUnknown, "Breakdown", d.unknownProperties()));
        });
        for (IndicatorPeriod period : i.periods()) {
          note(withUnknown, "IndicatorPeriod", period.unknownProperties());
          period.target().ifPresent(o -> note(withUnknown, "Observation", o.unknownProperties()));
        }
      }
    }
    List<Object> missing = new ArrayList<>();
    for (Class<? extends Enum<?>> type : List.of(dev.kansen.model.Theme.class, dev.kansen.model.Province.class,
        OrganisationType.class, PartnerRole.class, dev.kansen.model.EducationSector.class, IdentifierScheme.class,
        dev.kansen.model.InterventionType.class, InterventionStatus.class, dev.kansen.model.EvidenceLevel.class,
        dev.kansen.model.ReachUnit.class, dev.kansen.model.BudgetType.class, dev.kansen.model.BudgetStatus.class,
        TransactionType.class, Measure.class)) {
      for (Enum<?> e : type.getEnumConstants()) {
        if (!seen.contains(e)) {
          missing.add(type.getSimpleName() + "." + e);
        }
      }
    }
    assertEquals(List.of(), missing, "enumeration values no generated programme used");
    assertEquals(new TreeSet<>(List.of("Alliance", "AllianceMembership", "Allocation", "Baseline", "Breakdown",
        "BudgetLine", "Goal", "Grant", "Indicator", "IndicatorPeriod", "Intervention", "Municipality", "Observation",
        "Partner", "Programme", "TargetGroup", "Transaction")), withUnknown, "entities with unknown properties");
  }

  private static void note(Set<String> withUnknown, String type, Map<String, String> unknown) {
    if (!unknown.isEmpty()) {
      withUnknown.add(type);
    }
  }

  /** The cross-object rules of the validation issue, restated as plainly as possible. */
  private static final class Rules {
    private final Programme p;
    private final List<String> broken;
    private final LocalDate asOf = ProgrammeGenerator.AS_OF;

    Rules(Programme p, List<String> broken) {
      this.p = p;
      this.broken = broken;
    }

    void require(boolean ok, String rule) {
      if (!ok) {
        broken.add(rule);
      }
    }

    void check() {
      DateRange period = p.period().orElseThrow();
      require(period.end().isBefore(asOf), "programme period ends before AS_OF");
      require(!period.start().isBefore(ProgrammeGenerator.EARLIEST), "programme period starts on or after EARLIEST");

      List<String> ids = new ArrayList<>();
      p.partners().forEach(x -> ids.add(x.id()));
      p.goals().forEach(x -> ids.add(x.id()));
      p.interventions().forEach(x -> ids.add(x.id()));
      p.grants().forEach(x -> ids.add(x.id()));
      p.indicators().forEach(x -> ids.add(x.id()));
      require(new HashSet<>(ids).size() == ids.size(), "ids unique: " + ids);

      Map<String, Partner> partners = p.partners().stream().collect(Collectors.toMap(Partner::id, Function.identity()));
      Map<String, Intervention> interventions = p.interventions().stream()
          .collect(Collectors.toMap(Intervention::id, Function.identity()));
      Set<String> indicators = p.indicators().stream().map(Indicator::id).collect(Collectors.toSet());

      Map<String, LocalDate> joined = new HashMap<>();
      p.alliance().members().forEach(m -> joined.put(m.municipality().value(), m.joined().orElseThrow()));
      require(joined.size() == p.alliance().members().size(), "alliance members unique");
      p.alliance().coordinator().ifPresent(c -> require(partners.containsKey(c), "coordinator resolves"));
      p.alliance().launched().ifPresent(d -> require(!d.isAfter(period.start()), "alliance launched by programme start"));
      Set<String> municipalities = new HashSet<>();
      for (var m : p.municipalities()) {
        require(municipalities.add(m.code().value()), "programme municipalities unique");
        LocalDate j = joined.get(m.code().value());
        require(j != null && !j.isAfter(period.start()), "municipality " + m.code() + " joined by programme start");
      }
      joined.values().forEach(d -> require(d.isBefore(asOf), "joined before AS_OF"));

      Set<String> identifiers = new HashSet<>();
      for (Partner x : p.partners()) {
        for (Identifier i : x.identifiers()) {
          require(identifiers.add(i.scheme() + ":" + i.value()), "identifier " + i + " on one partner only");
        }
        require(fits(x), "partner " + x.id() + " of type " + x.type() + " has a fitting identifier");
        require(!x.roles().isEmpty(), "partner has a role");
        x.partOf().ifPresent(o -> require(partners.containsKey(o), "partOf resolves"));
        x.municipality().ifPresent(m -> require(municipalities.contains(m.value()), "partner municipality in programme"));
      }
      for (Goal g : p.goals()) {
        g.interventions().forEach(i -> require(interventions.containsKey(i), "goal intervention resolves"));
        g.indicators().forEach(i -> require(indicators.contains(i), "goal indicator resolves"));
      }
      p.interventions().forEach(x -> intervention(x, partners, municipalities));
      p.grants().forEach(g -> grant(g, partners, interventions));
      p.indicators().forEach(i -> indicator(i, interventions));
    }

    boolean fits(Partner x) {
      Set<IdentifierScheme> schemes = x.identifiers().stream().map(Identifier::scheme).collect(Collectors.toSet());
      return switch (x.type()) {
        case PRIMARY_SCHOOL, SPECIAL_SCHOOL, SECONDARY_SCHOOL, VOCATIONAL_SCHOOL, SCHOOL_BOARD,
            UNIVERSITY_OF_APPLIED_SCIENCES, UNIVERSITY -> schemes.contains(IdentifierScheme.BRIN)
            || schemes.contains(IdentifierScheme.RIO_ONDERWIJSLOCATIE)
            || schemes.contains(IdentifierScheme.RIO_ONDERWIJSAANBIEDER);
        case CHILDCARE, PRESCHOOL -> schemes.contains(IdentifierScheme.LRK);
        case MUNICIPALITY -> schemes.contains(IdentifierScheme.CBS_MUNICIPALITY);
        case PROVINCE -> schemes.contains(IdentifierScheme.CBS_PROVINCE);
        case MINISTRY -> schemes.contains(IdentifierScheme.OIN);
        default -> schemes.contains(IdentifierScheme.KVK);
      };
    }

    void intervention(Intervention x, Map<String, Partner> partners, Set<String> municipalities) {
      String at = "intervention " + x.id() + " ";
      DateRange period = p.period().orElseThrow();
      require(partners.containsKey(x.lead().orElseThrow()) && partners.get(x.lead().orElseThrow()).hasRole(PartnerRole.IMPLEMENTING),
          at + "lead is an implementing partner");
      require(!x.participants().contains(x.lead().orElseThrow()) && new HashSet<>(x.participants()).size() == x.participants().size(),
          at + "participants distinct from each other and the lead");
      x.participants().forEach(q -> require(partners.containsKey(q) && partners.get(q).hasRole(PartnerRole.IMPLEMENTING),
          at + "participant is an implementing partner"));
      x.municipality().ifPresent(m -> require(municipalities.contains(m.value()), at + "municipality in programme"));
      require(period.contains(x.planned().orElseThrow()), at + "planned inside programme period");
      x.actualStart().ifPresent(d -> require(period.contains(d), at + "actualStart inside programme period"));
      x.actualEnd().ifPresent(d -> require(period.contains(d), at + "actualEnd inside programme period"));
      x.statusDate().ifPresent(d -> require(period.contains(d), at + "statusDate inside programme period"));
      switch (x.status()) {
        case PIPELINE -> require(x.actualStart().isEmpty(), at + "pipeline has not started");
        case CLOSED -> require(x.actualEnd().isPresent(), at + "closed has an actual end");
        case CANCELLED -> {
          require(x.statusDate().isPresent(), at + "cancelled has a status date");
          x.actualEnd().ifPresent(e -> require(!e.isAfter(x.statusDate().get()), at + "ended by cancellation"));
        }
        case IMPLEMENTATION, SUSPENDED -> require(x.actualStart().isPresent() && x.actualEnd().isEmpty(),
            at + "started and not ended");
        case FINALISATION -> require(x.actualStart().isPresent(), at + "finalisation has started");
      }
      x.actualReach().ifPresent(a -> {
        require(x.actualStart().isPresent(), at + "actual reach only once started");
        x.plannedReach().ifPresent(pl -> require(pl.unit() == a.unit() && a.count() <= pl.count(),
            at + "actual reach plausible against planned"));
      });
    }

    void grant(Grant g, Map<String, Partner> partners, Map<String, Intervention> interventions) {
      String at = "grant " + g.id() + " ";
      require(partners.containsKey(g.funder()) && partners.get(g.funder()).hasRole(PartnerRole.FUNDING),
          at + "funder holds the funding role");
      require(partners.containsKey(g.recipient()), at + "recipient resolves");
      require(p.period().orElseThrow().contains(g.period().orElseThrow()), at + "period inside programme period");
      require(g.amount().orElseThrow().currency().equals(Money.EUR), at + "in euros");
      Money allocated = Money.zero(Money.EUR);
      Set<String> allocatedTo = new HashSet<>();
      for (var a : g.allocations()) {
        require(interventions.containsKey(a.intervention()), at + "allocation resolves");
        require(allocatedTo.add(a.intervention()), at + "one allocation per intervention");
        allocated = allocated.plus(a.amount());
      }
      require(allocated.compareTo(g.amount().orElseThrow()) <= 0, at + "allocations within the grant");
      for (int j = 1; j < g.budgets().size(); j++) {
        require(g.budgets().get(j - 1).period().end().isBefore(g.budgets().get(j).period().start()),
            at + "budget lines in order, not overlapping");
      }
      for (var b : g.budgets()) {
        require(!b.period().end().isAfter(b.period().start().plusYears(1).minusDays(1)), at + "budget line at most a year");
        require(g.period().orElseThrow().contains(b.period()), at + "budget line inside grant period");
        require(b.amount().currency().equals(Money.EUR), at + "budget in euros");
      }
      Map<TransactionType, BigDecimal> totals = new HashMap<>();
      for (Transaction t : g.transactions()) {
        require(t.amount().currency().equals(Money.EUR), at + "transaction in euros");
        require(g.period().orElseThrow().contains(t.date()) && t.date().isBefore(asOf), at + "transaction inside grant period");
        totals.merge(t.type(), t.amount().amount(), BigDecimal::add);
        t.intervention().ifPresent(i -> {
          require(interventions.containsKey(i), at + "transaction intervention resolves");
          Intervention x = interventions.get(i);
          if (x != null && x.status() == InterventionStatus.CANCELLED && t.type() != TransactionType.COMMITMENT) {
            require(!t.date().isAfter(x.statusDate().orElseThrow()), at + "no payment after cancellation");
          }
        });
      }
      BigDecimal committed = totals.getOrDefault(TransactionType.COMMITMENT, BigDecimal.ZERO);
      BigDecimal disbursed = totals.getOrDefault(TransactionType.DISBURSEMENT, BigDecimal.ZERO);
      BigDecimal spent = totals.getOrDefault(TransactionType.EXPENDITURE, BigDecimal.ZERO);
      require(committed.compareTo(g.amount().orElseThrow().amount()) <= 0, at + "commitments within the grant");
      require(disbursed.compareTo(committed) <= 0, at + "disbursements within commitments");
      require(spent.compareTo(disbursed) <= 0, at + "expenditure within disbursements");
    }

    void indicator(Indicator i, Map<String, Intervention> interventions) {
      String at = "indicator " + i.id() + " ";
      i.interventions().forEach(x -> require(interventions.containsKey(x), at + "intervention resolves"));
      Set<Integer> years = new HashSet<>();
      for (IndicatorPeriod period : i.periods()) {
        require(years.add(period.schoolYear().startYear()), at + "distinct school years");
        require(p.period().orElseThrow().contains(period.schoolYear().period()), at + "school year inside programme period");
        i.baseline().ifPresent(b -> require(b.schoolYear().compareTo(period.schoolYear()) < 0, at + "baseline first"));
        period.target().ifPresent(o -> measurement(i.measure(), o, at + period.schoolYear() + " target "));
        period.actual().ifPresent(o -> measurement(i.measure(), o, at + period.schoolYear() + " actual "));
      }
      i.baseline().ifPresent(b -> measurement(i.measure(), b, at + "baseline "));
    }

    void measurement(Measure measure, Measurement m, String at) {
      value(measure, m.value().orElse(null), at);
      m.pupils().ifPresent(n -> require(n >= ProgrammeGenerator.MIN_PUPILS, at + "pupils at least the threshold"));
      Map<String, Integer> sums = new HashMap<>();
      for (Breakdown b : m.breakdowns()) {
        value(measure, b.value().orElse(null), at + b.dimension() + "/" + b.category() + " ");
        require(b.pupils().isPresent() && b.pupils().getAsInt() >= ProgrammeGenerator.MIN_PUPILS,
            at + "breakdown pupils at least the threshold");
        sums.merge(b.dimension(), b.pupils().orElse(0), Integer::sum);
      }
      sums.forEach((dimension, sum) -> require(m.pupils().isPresent() && m.pupils().getAsInt() == sum,
          at + dimension + " adds up to the pupils"));
    }

    void value(Measure measure, BigDecimal value, String at) {
      if (measure == Measure.QUALITATIVE) {
        require(value == null, at + "qualitative has no value");
        return;
      }
      require(value != null, at + "value present");
      if (value != null && measure == Measure.PERCENTAGE) {
        require(value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0, at + "percentage in 0..100");
      }
    }
  }
}
