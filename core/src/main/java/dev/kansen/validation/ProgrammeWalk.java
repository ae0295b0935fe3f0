package dev.kansen.validation;

import dev.kansen.model.WireNames;
import dev.kansen.model.Allocation;
import dev.kansen.model.Baseline;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.ContactPoint;
import dev.kansen.model.DocumentLink;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.DateRange;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Intervention;
import dev.kansen.model.Municipality;
import dev.kansen.model.Participation;
import dev.kansen.model.Partner;
import dev.kansen.model.Phase;
import dev.kansen.model.Programme;
import dev.kansen.model.Repayment;
import dev.kansen.model.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One walk over a programme that locates every element rules look at, each with its JSON Pointer:
 * the one place where the validator spells the wire format's list names. Built once per
 * validation, on first use, by {@link ProgrammeIndex}.
 */
final class ProgrammeWalk {
  final List<Located<Partner>> partners;
  final List<Located<Goal>> goals;
  final List<Located<Intervention>> interventions;
  final List<Located<Grant>> grants;
  final List<Located<Indicator>> indicators;
  final List<Located<Municipality>> municipalities;
  final List<Located<AllianceMembership>> members;
  final List<LocatedIn<Grant, Allocation>> allocations = new ArrayList<>();
  final List<LocatedIn<Grant, BudgetLine>> budgets = new ArrayList<>();
  final List<LocatedIn<Grant, Transaction>> transactions = new ArrayList<>();
  final List<LocatedFigure> figures = new ArrayList<>();
  final List<Located<Participation>> participation;
  final List<LocatedIn<Grant, Repayment>> repayments = new ArrayList<>();
  final List<LocatedDate> dates;
  final List<Located<Phase>> phases;
  final List<Located<DocumentLink>> documents;
  final List<Located<ContactPoint>> contactPoints = new ArrayList<>();

  ProgrammeWalk(Programme programme) {
    JsonPointer root = JsonPointer.root();
    partners = locate(programme.partners(), root.child(WireNames.PARTNERS));
    goals = locate(programme.goals(), root.child(WireNames.GOALS));
    interventions = locate(programme.interventions(), root.child(WireNames.INTERVENTIONS));
    grants = locate(programme.grants(), root.child(WireNames.GRANTS));
    indicators = locate(programme.indicators(), root.child(WireNames.INDICATORS));
    municipalities = locate(programme.municipalities(), root.child(WireNames.MUNICIPALITIES));
    members = locate(programme.alliance().members(), root.child(WireNames.ALLIANCE).child(WireNames.MEMBERS));
    phases = locate(programme.phases(), root.child(WireNames.PHASES));
    documents = locate(programme.documents(), root.child(WireNames.DOCUMENTS));
    contactPoints.addAll(locate(programme.contactPoints(), root.child(WireNames.CONTACT_POINTS)));
    for (Located<Partner> partner : partners) {
      if (partner.value().contactPoints().isEmpty()) {
        continue;
      }
      contactPoints.addAll(locate(partner.value().contactPoints(), partner.at(WireNames.CONTACT_POINTS)));
    }
    participation = locate(programme.participation(), root.child(WireNames.PARTICIPATION));

    dates = new ArrayList<>(dateCount(programme));
    if (programme.period().isPresent()) {
      range(programme.period().get(), root, WireNames.PERIOD);
    }
    for (Located<AllianceMembership> member : members) {
      date(member.value().joined(), member, WireNames.JOINED);
      date(member.value().knownBy(), member, "knownBy");
      date(member.value().left(), member, "left");
    }
    for (Located<Intervention> located : interventions) {
      Intervention intervention = located.value();
      Optional<DateRange> planned = intervention.planned();
      if (planned.isPresent()) {
        range(planned.get(), located, WireNames.PLANNED);
      }
      date(intervention.actualStart(), located, WireNames.ACTUAL_START);
      date(intervention.actualEnd(), located, WireNames.ACTUAL_END);
      date(intervention.statusDate(), located, WireNames.STATUS_DATE);
    }
    for (Located<Grant> grant : grants) {
      Optional<DateRange> period = grant.value().period();
      if (period.isPresent()) {
        range(period.get(), grant, WireNames.PERIOD);
      }
      JsonPointer budgetsAt = grant.at(WireNames.BUDGETS);
      List<BudgetLine> lines = grant.value().budgets();
      for (int b = 0; b < lines.size(); b++) {
        LocatedIn<Grant, BudgetLine> line = LocatedIn.inList(grant, budgetsAt, lines.get(b), b);
        budgets.add(line);
        range(line.value().period(), line, WireNames.PERIOD);
      }
      JsonPointer transactionsAt = grant.at(WireNames.TRANSACTIONS);
      List<Transaction> moves = grant.value().transactions();
      for (int t = 0; t < moves.size(); t++) {
        LocatedIn<Grant, Transaction> move = LocatedIn.inList(grant, transactionsAt, moves.get(t), t);
        transactions.add(move);
        dates.add(LocatedDate.of(move.value().date(), move, WireNames.DATE, ""));
      }
      JsonPointer repaymentsAt = grant.at(WireNames.REPAYMENTS);
      List<Repayment> returned = grant.value().repayments();
      for (int r = 0; r < returned.size(); r++) {
        repayments.add(LocatedIn.inList(grant, repaymentsAt, returned.get(r), r));
      }
      JsonPointer allocationsAt = grant.at(WireNames.ALLOCATIONS);
      List<Allocation> shares = grant.value().allocations();
      for (int a = 0; a < shares.size(); a++) {
        allocations.add(LocatedIn.inList(grant, allocationsAt, shares.get(a), a));
      }
    }
    for (Located<Indicator> indicator : indicators) {
      Optional<Baseline> baseline = indicator.value().baseline();
      if (baseline.isPresent()) {
        figures.add(LocatedFigure.baseline(indicator, baseline.get(), baseline.get().schoolYear()));
      }
      List<IndicatorPeriod> periods = indicator.value().periods();
      for (int p = 0; p < periods.size(); p++) {
        IndicatorPeriod period = periods.get(p);
        if (period.target().isPresent()) {
          figures.add(LocatedFigure.ofPeriod(indicator, period.target().get(), p, WireNames.TARGET, period.schoolYear()));
        }
        if (period.actual().isPresent()) {
          figures.add(LocatedFigure.ofPeriod(indicator, period.actual().get(), p, WireNames.ACTUAL, period.schoolYear()));
        }
      }
    }
  }

  /** @return at least the number of dates the walk locates, so that their list is made once */
  private static int dateCount(Programme programme) {
    int count = 2 + 3 * programme.alliance().members().size() + 5 * programme.interventions().size();
    for (Grant grant : programme.grants()) {
      count += 2 + 2 * grant.budgets().size() + grant.transactions().size();
    }
    return count;
  }

  private static <T> List<Located<T>> locate(List<T> items, JsonPointer at) {
    List<Located<T>> located = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      located.add(Located.inList(at, items.get(i), i));
    }
    return located;
  }

  /** @param owner the owner's pointer, or the located element that makes it */
  private void range(DateRange range, Object owner, String property) {
    dates.add(LocatedDate.of(range.start(), owner, property, WireNames.START));
    dates.add(LocatedDate.of(range.end(), owner, property, WireNames.END));
  }

  /** @param owner the owner's pointer, or the located element that makes it */
  private void date(Optional<LocalDate> date, Object owner, String property) {
    if (date.isPresent()) {
      dates.add(LocatedDate.of(date.get(), owner, property, ""));
    }
  }
}
