package dev.kansen.testing;

import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Allocation;
import dev.kansen.model.Baseline;
import dev.kansen.model.DateRange;
import dev.kansen.model.EvidenceLevel;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.Measure;
import dev.kansen.model.Money;
import dev.kansen.model.Municipality;
import dev.kansen.model.Observation;
import dev.kansen.model.OrganisationType;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.model.Province;
import dev.kansen.model.Reach;
import dev.kansen.model.ReachUnit;
import dev.kansen.model.SchoolYear;
import dev.kansen.model.Theme;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionType;
import dev.kansen.model.id.KvkNumber;
import dev.kansen.model.id.MunicipalityCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Copies of a programme with exactly one attribute of one entity changed, for properties such as
 * "a changed copy is not equal". Every change keeps the copy constructible; it need not stay valid
 * for the validator.
 */
public final class ProgrammeMutations {
  private ProgrammeMutations() {}

  /**
   * A changed copy and what was changed.
   *
   * @param change the changed attribute, e.g. {@code /interventions/2/status}
   * @param programme the changed copy
   */
  public record Mutation(String change, Programme programme) {
    @Override
    public String toString() {
      return change;
    }
  }

  private record Candidate(String change, Supplier<Programme> apply) {}

  /**
   * Changes one attribute, picked at random among the programme's own and those of its alliance,
   * municipalities, partners, goals, interventions, grants and indicators.
   *
   * @param p the programme
   * @param random the source of randomness
   * @return the changed copy
   */
  public static Mutation changeOne(Programme p, SplittableRandom random) {
    List<Candidate> all = candidates(p, random);
    Candidate c = all.get(random.nextInt(all.size()));
    return new Mutation(c.change(), c.apply().get());
  }

  /**
   * Every change {@link #changeOne} may pick for the programme, each applied to a fresh copy.
   *
   * @param p the programme
   * @param random the source of randomness
   * @return the changed copies
   */
  public static List<Mutation> all(Programme p, SplittableRandom random) {
    return candidates(p, random).stream().map(c -> new Mutation(c.change(), c.apply().get())).toList();
  }

  private static List<Candidate> candidates(Programme p, SplittableRandom random) {
    List<Candidate> out = new ArrayList<>();
    out.add(new Candidate("/id", () -> copy(p).id(p.id() + "x").build()));
    out.add(new Candidate("/title", () -> copy(p).title(p.title() + " (changed)").build()));
    out.add(new Candidate("/description", () -> copy(p).description(toggle(p.description())).build()));
    out.add(new Candidate("/period", () -> copy(p).period(DateRange.of(p.period().orElseThrow().start(), p.period().orElseThrow().end().plusDays(1))).build()));
    out.add(new Candidate("/themes", () -> copy(p).themes(toggle(p.themes(), Theme.class, random)).build()));
    out.add(new Candidate("/unknownProperties", () -> copy(p).putUnknownProperties("x-mutated", "1").build()));
    out.add(new Candidate("/alliance/name", () -> copy(p)
        .alliance(dev.kansen.model.Alliance.builder().from(p.alliance()).name(p.alliance().name() + " bis").build()).build()));
    out.add(new Candidate("/alliance/members", () -> copy(p)
        .alliance(dev.kansen.model.Alliance.builder().from(p.alliance())
            .addMembers(AllianceMembership.of(unusedMunicipality(p).value(), p.period().orElseThrow().start())).build()).build()));
    out.add(new Candidate("/municipalities", () -> copy(p).addMunicipalities(
        Municipality.builder().code(unusedMunicipality(p)).name("Nieuwgemeente").province(Province.ZEELAND).build()).build()));
    for (int i = 0; i < p.municipalities().size(); i++) {
      int at = i;
      Municipality m = p.municipalities().get(i);
      out.add(new Candidate("/municipalities/" + i + "/province", () -> copy(p).municipalities(replace(p.municipalities(), at,
          Municipality.builder().from(m).province(other(m.province(), Province.values(), random)).build())).build()));
    }
    if (!p.partners().isEmpty()) {
      int i = random.nextInt(p.partners().size());
      Partner x = p.partners().get(i);
      partner(out, p, i, "id", b -> b.id(x.id() + "x"));
      partner(out, p, i, "name", b -> b.name(x.name() + " (changed)"));
      partner(out, p, i, "type", b -> b.type(other(x.type(), OrganisationType.values(), random)));
      partner(out, p, i, "roles", b -> b.roles(toggle(x.roles(), PartnerRole.class, random)));
      partner(out, p, i, "identifiers", b -> b.addIdentifiers(KvkNumber.of(IdentifierGenerator.digits(random, 7) + "9")));
      partner(out, p, i, "partOf", b -> b.partOf(x.partOf().isPresent() ? Optional.empty() : Optional.of("parent-x")));
      partner(out, p, i, "unknownProperties", b -> b.putUnknownProperties("x-mutated", "[1]"));
    }
    if (!p.goals().isEmpty()) {
      int i = random.nextInt(p.goals().size());
      Goal g = p.goals().get(i);
      out.add(new Candidate("/goals/" + i + "/interventions", () -> copy(p).goals(replace(p.goals(), i,
          Goal.builder().from(g).addInterventions("int-extra").build())).build()));
      out.add(new Candidate("/goals/" + i + "/title", () -> copy(p).goals(replace(p.goals(), i,
          Goal.builder().from(g).title(g.title() + " (changed)").build())).build()));
    }
    if (!p.interventions().isEmpty()) {
      int i = random.nextInt(p.interventions().size());
      Intervention x = p.interventions().get(i);
      intervention(out, p, i, "title", b -> b.title(x.title() + " (changed)"));
      intervention(out, p, i, "status", b -> b.status(other(x.status(), InterventionStatus.values(), random)));
      intervention(out, p, i, "planned", b -> b.planned(DateRange.of(x.planned().orElseThrow().start().minusDays(1), x.planned().orElseThrow().end())));
      intervention(out, p, i, "actualStart", b -> x.actualStart().isPresent()
          ? b.actualStart(x.actualStart().get().minusDays(1)) : b.actualStart(x.planned().orElseThrow().start()));
      intervention(out, p, i, "participants", b -> b.addParticipants("partner-extra"));
      intervention(out, p, i, "evidence", b -> b.evidence(other(x.evidence(), EvidenceLevel.values(), random)));
      intervention(out, p, i, "plannedReach", b -> b.plannedReach(
          x.plannedReach().map(r -> Reach.of(r.count() + 1, r.unit())).orElse(Reach.of(1, ReachUnit.SCHOOLS))));
      intervention(out, p, i, "targetGroup", b -> b.targetGroup(x.targetGroup().isPresent() ? Optional.empty()
          : Optional.of(dev.kansen.model.TargetGroup.builder().addGroups(8).build())));
    }
    if (!p.grants().isEmpty()) {
      int i = random.nextInt(p.grants().size());
      Grant x = p.grants().get(i);
      grant(out, p, i, "amount", b -> b.amount(x.amount().orElseThrow().plus(Money.eur("0.01"))));
      grant(out, p, i, "period", b -> b.period(DateRange.of(x.period().orElseThrow().start(), x.period().orElseThrow().end().plusDays(1))));
      grant(out, p, i, "funder", b -> b.funder(x.funder() + "x"));
      grant(out, p, i, "allocations", b -> x.allocations().isEmpty()
          ? b.addAllocations(Allocation.of("int-extra", Money.eur("1")))
          : b.allocations(x.allocations().subList(1, x.allocations().size())));
      grant(out, p, i, "transactions", b -> b.addTransactions(Transaction.builder().type(TransactionType.EXPENDITURE)
          .date(x.period().orElseThrow().start()).amount(Money.eur("0")).build()));
      if (!x.transactions().isEmpty()) {
        Transaction t = x.transactions().get(0);
        grant(out, p, i, "transactions/0/amount", b -> b.transactions(replace(x.transactions(), 0,
            Transaction.builder().from(t).amount(t.amount().plus(Money.eur("1"))).build())));
      }
    }
    if (!p.indicators().isEmpty()) {
      int i = random.nextInt(p.indicators().size());
      Indicator x = p.indicators().get(i);
      indicator(out, p, i, "title", b -> b.title(x.title() + " (changed)"));
      indicator(out, p, i, "measure", b -> b.measure(other(x.measure(), Measure.values(), random)));
      indicator(out, p, i, "ascending", b -> b.ascending(!x.ascending()));
      indicator(out, p, i, "baseline", b -> b.baseline(x.baseline().isPresent() ? Optional.empty()
          : Optional.of(Baseline.builder().schoolYear(SchoolYear.of(2010)).value(BigDecimal.ONE).build())));
      indicator(out, p, i, "periods", b -> b.addPeriods(IndicatorPeriod.builder().schoolYear(SchoolYear.of(2099)).build()));
      for (int j = 0; j < x.periods().size(); j++) {
        IndicatorPeriod period = x.periods().get(j);
        if (period.target().isPresent()) {
          int at = j;
          Observation o = period.target().get();
          indicator(out, p, i, "periods/" + j + "/target/pupils", b -> b.periods(replace(x.periods(), at,
              IndicatorPeriod.builder().from(period).target(Observation.builder().from(o)
                  .pupils(o.pupils().orElse(0) + 1).build()).build())));
          break;
        }
      }
    }
    return out;
  }

  private static void partner(List<Candidate> out, Programme p, int i, String attribute, UnaryOperator<Partner.Builder> edit) {
    out.add(new Candidate("/partners/" + i + "/" + attribute, () -> copy(p).partners(replace(p.partners(), i,
        edit.apply(Partner.builder().from(p.partners().get(i))).build())).build()));
  }

  private static void intervention(List<Candidate> out, Programme p, int i, String attribute,
      UnaryOperator<Intervention.Builder> edit) {
    out.add(new Candidate("/interventions/" + i + "/" + attribute, () -> copy(p).interventions(replace(p.interventions(), i,
        edit.apply(Intervention.builder().from(p.interventions().get(i))).build())).build()));
  }

  private static void grant(List<Candidate> out, Programme p, int i, String attribute, UnaryOperator<Grant.Builder> edit) {
    out.add(new Candidate("/grants/" + i + "/" + attribute, () -> copy(p).grants(replace(p.grants(), i,
        edit.apply(Grant.builder().from(p.grants().get(i))).build())).build()));
  }

  private static void indicator(List<Candidate> out, Programme p, int i, String attribute,
      UnaryOperator<Indicator.Builder> edit) {
    out.add(new Candidate("/indicators/" + i + "/" + attribute, () -> copy(p).indicators(replace(p.indicators(), i,
        edit.apply(Indicator.builder().from(p.indicators().get(i))).build())).build()));
  }

  private static Programme.Builder copy(Programme p) {
    return Programme.builder().from(p);
  }

  private static <T> List<T> replace(List<T> list, int index, T value) {
    List<T> out = new ArrayList<>(list);
    out.set(index, value);
    return out;
  }

  private static Optional<String> toggle(Optional<String> text) {
    return text.isPresent() ? Optional.empty() : Optional.of("changed");
  }

  private static <E extends Enum<E>> EnumSet<E> toggle(java.util.Set<E> set, Class<E> type, SplittableRandom random) {
    EnumSet<E> out = EnumSet.noneOf(type);
    out.addAll(set);
    E e = type.getEnumConstants()[random.nextInt(type.getEnumConstants().length)];
    if (!out.remove(e)) {
      out.add(e);
    }
    return out;
  }

  private static <T> T other(T current, T[] values, SplittableRandom random) {
    T t;
    do {
      t = values[random.nextInt(values.length)];
    } while (t.equals(current));
    return t;
  }

  private static MunicipalityCode unusedMunicipality(Programme p) {
    TreeSet<String> used = new TreeSet<>();
    p.municipalities().forEach(m -> used.add(m.code().value()));
    p.alliance().members().forEach(m -> used.add(m.municipality().value()));
    for (int n = 0; ; n++) {
      String code = String.format(java.util.Locale.ROOT, "GM%04d", n);
      if (!used.contains(code)) {
        return MunicipalityCode.of(code);
      }
    }
  }
}
