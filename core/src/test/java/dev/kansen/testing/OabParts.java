package dev.kansen.testing;

import dev.kansen.model.BudgetLine;
import dev.kansen.model.Dosage;
import dev.kansen.model.Grant;
import dev.kansen.model.Intervention;
import dev.kansen.model.InterventionSubtype;
import dev.kansen.model.InterventionType;
import dev.kansen.model.Money;
import dev.kansen.model.Participation;
import dev.kansen.model.ParticipationKind;
import dev.kansen.model.Programme;
import dev.kansen.model.Reach;
import dev.kansen.model.ReachUnit;
import dev.kansen.model.Repayment;
import dev.kansen.model.SpendingCategory;
import dev.kansen.model.Stakeholder;
import dev.kansen.model.TargetGroup;
import dev.kansen.model.Transaction;
import dev.kansen.model.TransactionSubtype;
import dev.kansen.model.TransactionType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Adds the parts of wire format 1.1 for OAB funding, reach with a population and participation to
 * a generated programme, keeping it valid: a grant's year lies in its period; categories are on
 * transactions or on budget lines, never both, so no spending falls outside a budget; a grant's
 * carry-over and repayment make its accounts balance; eligible populations are at least the reach,
 * dosages at most 40 hours a week, subtypes refine their types, and references resolve.
 */
final class OabParts {
  private final SplittableRandom random;

  private OabParts(SplittableRandom random) {
    this.random = random;
  }

  /**
   * @param programme a valid generated programme
   * @param random the random source for the additions
   * @return the programme with some of the 1.1 parts added
   */
  static Programme add(Programme programme, SplittableRandom random) {
    return new OabParts(random).to(programme);
  }

  private Programme to(Programme p) {
    List<Grant> grants = p.grants().stream().map(g -> random.nextBoolean() ? grant(g) : g).toList();
    List<Intervention> interventions = p.interventions().stream()
        .map(i -> random.nextBoolean() ? intervention(i) : i).toList();
    List<Participation> participation = new ArrayList<>();
    for (int n = random.nextInt(0, 3); n > 0; n--) {
      participation.add(participation("participation-" + n, p));
    }
    return Programme.builder().from(p).grants(grants).interventions(interventions).participation(participation).build();
  }

  private Grant grant(Grant g) {
    Grant.Builder b = Grant.builder().from(g).year(g.period().orElseThrow().start().getYear());
    if (random.nextBoolean()) {
      b.scheme("Besluit specifieke uitkeringen onderwijsachterstandenbeleid");
    }
    Money co = Money.eur(BigDecimal.valueOf(random.nextLong(0, 1_000_000), 2));
    if (random.nextBoolean()) {
      b.coFinancing(co);
    } else {
      co = Money.zero(Money.EUR);
    }
    if (random.nextBoolean()) {
      b.transactions(g.transactions().stream().map(this::transaction).toList());
    } else {
      b.budgets(g.budgets().stream().map(l -> random.nextBoolean()
          ? BudgetLine.builder().from(l).category(category()).build() : l).toList());
    }
    if (random.nextBoolean()) {
      Money in = co;
      Money out = Money.zero(Money.EUR);
      for (Transaction t : g.transactions()) {
        if (t.type() == TransactionType.DISBURSEMENT) {
          in = in.plus(t.amount());
        } else if (t.type() == TransactionType.EXPENDITURE) {
          out = out.plus(t.amount());
        }
      }
      Money left = in.minus(out);
      Money repaid = Money.eur(left.amount().multiply(BigDecimal.valueOf(random.nextInt(0, 101)))
          .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN));
      b.carriedOver(left.minus(repaid));
      if (!repaid.isZero() || random.nextBoolean()) {
        LocalDate date = g.period().orElseThrow().end();
        b.addRepayments(Repayment.builder().date(date).amount(repaid)
            .description("Unspent part paid back").build());
      }
    }
    return b.build();
  }

  private Transaction transaction(Transaction t) {
    Transaction.Builder b = Transaction.builder().from(t);
    if (t.type() == TransactionType.DISBURSEMENT && random.nextBoolean()) {
      b.subtype(random.nextBoolean() ? TransactionSubtype.INCOMING_FUNDS : TransactionSubtype.REIMBURSEMENT);
    }
    if (random.nextBoolean()) {
      b.category(category());
    }
    return b.build();
  }

  private String category() {
    return random.nextInt(5) == 0 ? "eigen categorie " + random.nextInt(3)
        : SpendingCategory.WELL_KNOWN.get(random.nextInt(SpendingCategory.WELL_KNOWN.size()));
  }

  private Intervention intervention(Intervention i) {
    Intervention.Builder b = Intervention.builder().from(i);
    if (i.type() == InterventionType.EARLY_CHILDHOOD_EDUCATION) {
      b.subtype(random.nextBoolean() ? InterventionSubtype.PRESCHOOL_EDUCATION : InterventionSubtype.EARLY_SCHOOL_EDUCATION);
    } else if (i.type() == InterventionType.LANGUAGE_STIMULATION && random.nextBoolean()) {
      b.subtype(InterventionSubtype.TRANSITION_CLASS);
    }
    Reach reach = i.plannedReach().or(i::actualReach).orElse(null);
    if (reach != null) {
      long most = Math.max(reach.count(), i.actualReach().filter(a -> a.unit() == reach.unit()).map(Reach::count).orElse(0L));
      b.eligiblePopulation(Reach.of(most + random.nextLong(0, 100), reach.unit()));
    }
    if (random.nextBoolean()) {
      Dosage.Builder d = Dosage.builder();
      if (random.nextBoolean()) {
        d.hoursPerWeek(BigDecimal.valueOf(random.nextInt(0, 81), 1).add(BigDecimal.valueOf(16)));
      }
      if (random.nextBoolean()) {
        int months = random.nextInt(1, 25);
        d.months(months).totalHours(BigDecimal.valueOf(months * 60L + random.nextInt(0, 60)));
      }
      b.dosage(d.build());
    }
    if (i.targetGroup().isPresent() && random.nextBoolean()) {
      int min = random.nextInt(0, 60);
      b.targetGroup(TargetGroup.builder().from(i.targetGroup().get()).minAgeMonths(min)
          .maxAgeMonths(min + random.nextInt(0, 24)).build());
    }
    return b.build();
  }

  private Participation participation(String id, Programme p) {
    Set<Stakeholder> stakeholders = EnumSet.noneOf(Stakeholder.class);
    for (Stakeholder s : Stakeholder.values()) {
      if (random.nextInt(3) == 0) {
        stakeholders.add(s);
      }
    }
    Participation.Builder b = Participation.builder().id(id).title("Consultation " + id)
        .kind(ParticipationKind.values()[random.nextInt(ParticipationKind.values().length)])
        .stakeholders(stakeholders);
    if (random.nextBoolean()) {
      b.date(p.period().orElseThrow().start().plusDays(random.nextLong(0, p.period().orElseThrow().days())));
    }
    if (!p.partners().isEmpty() && random.nextBoolean()) {
      b.organiser(p.partners().get(random.nextInt(p.partners().size())).id());
    }
    if (!p.interventions().isEmpty() && random.nextBoolean()) {
      b.addInterventions(p.interventions().get(random.nextInt(p.interventions().size())).id());
    }
    if (random.nextBoolean()) {
      b.participants(Reach.of(random.nextLong(0, 200), ReachUnit.PARENTS));
    }
    if (random.nextBoolean()) {
      b.description("Parents on the action agenda").outcome("More evening hours for the parents' room");
    }
    return b.build();
  }
}
