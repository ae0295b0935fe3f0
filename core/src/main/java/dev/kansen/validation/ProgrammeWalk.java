package dev.kansen.validation;

import dev.kansen.model.WireNames;
import dev.kansen.model.Allocation;
import dev.kansen.model.Baseline;
import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Breakdown;
import dev.kansen.model.ContactPoint;
import dev.kansen.model.DocumentLink;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.DateRange;
import dev.kansen.model.Goal;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Intervention;
import dev.kansen.model.Measurement;
import dev.kansen.model.Municipality;
import dev.kansen.model.Participation;
import dev.kansen.model.Partner;
import dev.kansen.model.Phase;
import dev.kansen.model.Programme;
import dev.kansen.model.Repayment;
import dev.kansen.model.SchoolYear;
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
  final List<LocatedDate> dates = new ArrayList<>();
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
      contactPoints.addAll(locate(partner.value().contactPoints(), partner.at(WireNames.CONTACT_POINTS)));
    }
    participation = locate(programme.participation(), root.child(WireNames.PARTICIPATION));

    programme.period().ifPresent(period -> range(period, root, WireNames.PERIOD));
    for (Located<AllianceMembership> member : members) {
      date(member.value().joined(), member.path(), WireNames.JOINED);
      date(member.value().knownBy(), member.path(), "knownBy");
      date(member.value().left(), member.path(), "left");
    }
    for (Located<Intervention> located : interventions) {
      Intervention intervention = located.value();
      intervention.planned().ifPresent(planned -> range(planned, located.path(), WireNames.PLANNED));
      date(intervention.actualStart(), located.path(), WireNames.ACTUAL_START);
      date(intervention.actualEnd(), located.path(), WireNames.ACTUAL_END);
      date(intervention.statusDate(), located.path(), WireNames.STATUS_DATE);
    }
    for (Located<Grant> grant : grants) {
      grant.value().period().ifPresent(period -> range(period, grant.path(), WireNames.PERIOD));
      JsonPointer budgetsAt = grant.at(WireNames.BUDGETS);
      List<BudgetLine> lines = grant.value().budgets();
      for (int b = 0; b < lines.size(); b++) {
        LocatedIn<Grant, BudgetLine> line = new LocatedIn<>(grant, lines.get(b), budgetsAt.index(b), b);
        budgets.add(line);
        range(line.value().period(), line.path(), WireNames.PERIOD);
      }
      JsonPointer transactionsAt = grant.at(WireNames.TRANSACTIONS);
      List<Transaction> moves = grant.value().transactions();
      for (int t = 0; t < moves.size(); t++) {
        LocatedIn<Grant, Transaction> move = new LocatedIn<>(grant, moves.get(t), transactionsAt.index(t), t);
        transactions.add(move);
        dates.add(new LocatedDate(move.value().date(), move.path(), WireNames.DATE, ""));
      }
      JsonPointer repaymentsAt = grant.at(WireNames.REPAYMENTS);
      List<Repayment> returned = grant.value().repayments();
      for (int r = 0; r < returned.size(); r++) {
        repayments.add(new LocatedIn<>(grant, returned.get(r), repaymentsAt.index(r), r));
      }
      JsonPointer allocationsAt = grant.at(WireNames.ALLOCATIONS);
      List<Allocation> shares = grant.value().allocations();
      for (int a = 0; a < shares.size(); a++) {
        allocations.add(new LocatedIn<>(grant, shares.get(a), allocationsAt.index(a), a));
      }
    }
    for (Located<Indicator> indicator : indicators) {
      Optional<Baseline> baseline = indicator.value().baseline();
      if (baseline.isPresent()) {
        figure(indicator, baseline.get(), indicator.at(WireNames.BASELINE), baseline.get().schoolYear());
      }
      JsonPointer periodsAt = indicator.at(WireNames.PERIODS);
      List<IndicatorPeriod> periods = indicator.value().periods();
      for (int p = 0; p < periods.size(); p++) {
        IndicatorPeriod period = periods.get(p);
        if (period.target().isEmpty() && period.actual().isEmpty()) {
          continue;
        }
        JsonPointer periodAt = periodsAt.index(p);
        if (period.target().isPresent()) {
          figure(indicator, period.target().get(), periodAt.child(WireNames.TARGET), period.schoolYear());
        }
        if (period.actual().isPresent()) {
          figure(indicator, period.actual().get(), periodAt.child(WireNames.ACTUAL), period.schoolYear());
        }
      }
    }
  }

  private static <T> List<Located<T>> locate(List<T> items, JsonPointer at) {
    List<Located<T>> located = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      located.add(new Located<>(items.get(i), at.index(i), i));
    }
    return located;
  }

  private void figure(Located<Indicator> indicator, Measurement figure, JsonPointer at, SchoolYear year) {
    List<Breakdown> cells = figure.breakdowns();
    List<Located<Breakdown>> breakdowns = List.of();
    if (!cells.isEmpty()) {
      JsonPointer cellsAt = at.child(WireNames.BREAKDOWNS);
      List<Located<Breakdown>> list = new ArrayList<>(cells.size());
      for (int b = 0; b < cells.size(); b++) {
        list.add(new Located<>(cells.get(b), cellsAt.index(b), b));
      }
      breakdowns = list;
    }
    figures.add(new LocatedFigure(indicator, figure, at, year, breakdowns));
  }

  private void range(DateRange range, JsonPointer owner, String property) {
    dates.add(new LocatedDate(range.start(), owner, property, WireNames.START));
    dates.add(new LocatedDate(range.end(), owner, property, WireNames.END));
  }

  private void date(Optional<LocalDate> date, JsonPointer owner, String property) {
    if (date.isPresent()) {
      dates.add(new LocatedDate(date.get(), owner, property, ""));
    }
  }
}
