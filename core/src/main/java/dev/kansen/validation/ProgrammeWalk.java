package dev.kansen.validation;

import dev.kansen.model.AllianceMembership;
import dev.kansen.model.Baseline;
import dev.kansen.model.ContactPoint;
import dev.kansen.model.DateRange;
import dev.kansen.model.Grant;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Intervention;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.model.Transaction;
import dev.kansen.model.BudgetLine;
import dev.kansen.model.WireNames;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The walks over a programme that locate the elements rules look at, each with its JSON Pointer:
 * the one place where the validator spells the wire format's list names. {@link ProgrammeIndex}
 * makes each part once per validation, when a rule first asks for it, so a validation walks only
 * the parts its rules read. Each part is a {@link WalkedList}.
 */
final class ProgrammeWalk {
  static final JsonPointer PARTNERS = JsonPointer.root().child(WireNames.PARTNERS);
  static final JsonPointer GOALS = JsonPointer.root().child(WireNames.GOALS);
  static final JsonPointer INTERVENTIONS = JsonPointer.root().child(WireNames.INTERVENTIONS);
  static final JsonPointer GRANTS = JsonPointer.root().child(WireNames.GRANTS);
  static final JsonPointer INDICATORS = JsonPointer.root().child(WireNames.INDICATORS);
  static final JsonPointer MUNICIPALITIES = JsonPointer.root().child(WireNames.MUNICIPALITIES);
  static final JsonPointer MEMBERS = JsonPointer.root().child(WireNames.ALLIANCE).child(WireNames.MEMBERS);
  static final JsonPointer PHASES = JsonPointer.root().child(WireNames.PHASES);
  static final JsonPointer DOCUMENTS = JsonPointer.root().child(WireNames.DOCUMENTS);
  static final JsonPointer CONTACT_POINTS = JsonPointer.root().child(WireNames.CONTACT_POINTS);
  static final JsonPointer PARTICIPATION = JsonPointer.root().child(WireNames.PARTICIPATION);
  static final JsonPointer COHORT_TABLES = JsonPointer.root().child(WireNames.COHORT_TABLES);

  private ProgrammeWalk() {}

  /**
   * @param grants the grants, located
   * @param part a list of a grant, e.g. its allocations
   * @param name that list's name in the wire format
   * @return every element of that list of every grant, with its grant, grant by grant
   */
  static <T> List<LocatedIn<Grant, T>> inGrants(List<Located<Grant>> grants, Function<Grant, List<T>> part,
      String name) {
    WalkedList.Builder<LocatedIn<Grant, T>> located = new WalkedList.Builder<>(grants.size() * 4);
    for (int g = 0; g < grants.size(); g++) {
      Located<Grant> grant = grants.get(g);
      List<T> items = part.apply(grant.value());
      if (items.isEmpty()) {
        continue;
      }
      JsonPointer at = grant.at(name);
      for (int i = 0; i < items.size(); i++) {
        located.add(LocatedIn.inList(grant, at, items.get(i), i));
      }
    }
    return located.build();
  }

  /** @return every figure of every indicator: its baseline, then each period's target and actual */
  static List<LocatedFigure> figures(List<Located<Indicator>> indicators) {
    WalkedList.Builder<LocatedFigure> figures = new WalkedList.Builder<>(indicators.size() * 8);
    for (int i = 0; i < indicators.size(); i++) {
      Located<Indicator> indicator = indicators.get(i);
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
    return figures.build();
  }

  /** @return every contact point: the programme's, then each partner's */
  static List<Located<ContactPoint>> contactPoints(Programme programme, List<Located<Partner>> partners) {
    WalkedList.Builder<Located<ContactPoint>> located = new WalkedList.Builder<>(programme.contactPoints().size());
    List<ContactPoint> own = programme.contactPoints();
    for (int c = 0; c < own.size(); c++) {
      located.add(Located.inList(CONTACT_POINTS, own.get(c), c));
    }
    for (int p = 0; p < partners.size(); p++) {
      List<ContactPoint> points = programme.partners().get(p).contactPoints();
      if (points.isEmpty()) {
        continue;
      }
      JsonPointer at = partners.get(p).at(WireNames.CONTACT_POINTS);
      for (int c = 0; c < points.size(); c++) {
        located.add(Located.inList(at, points.get(c), c));
      }
    }
    return located.build();
  }

  /**
   * @param budgets every budget line of every grant, located, grant by grant
   * @param transactions every transaction of every grant, located, grant by grant
   * @return every date of the programme, in the order {@link ProgrammeIndex#dates()} documents
   */
  static List<LocatedDate> dates(Programme programme, List<Located<AllianceMembership>> members,
      List<Located<Intervention>> interventions, List<Located<Grant>> grants,
      List<LocatedIn<Grant, BudgetLine>> budgets, List<LocatedIn<Grant, Transaction>> transactions) {
    Dates dates = new Dates(dateCount(programme));
    if (programme.period().isPresent()) {
      dates.range(programme.period().get(), JsonPointer.root(), WireNames.PERIOD);
    }
    for (int m = 0; m < members.size(); m++) {
      Located<AllianceMembership> member = members.get(m);
      dates.date(member.value().joined(), member, WireNames.JOINED);
      dates.date(member.value().knownBy(), member, "knownBy");
      dates.date(member.value().left(), member, "left");
    }
    for (int i = 0; i < interventions.size(); i++) {
      Located<Intervention> located = interventions.get(i);
      Intervention intervention = located.value();
      Optional<DateRange> planned = intervention.planned();
      if (planned.isPresent()) {
        dates.range(planned.get(), located, WireNames.PLANNED);
      }
      dates.date(intervention.actualStart(), located, WireNames.ACTUAL_START);
      dates.date(intervention.actualEnd(), located, WireNames.ACTUAL_END);
      dates.date(intervention.statusDate(), located, WireNames.STATUS_DATE);
    }
    // the budget lines and transactions are located grant by grant: each grant's are the next ones
    int line = 0;
    int move = 0;
    for (int g = 0; g < grants.size(); g++) {
      Located<Grant> grant = grants.get(g);
      Optional<DateRange> period = grant.value().period();
      if (period.isPresent()) {
        dates.range(period.get(), grant, WireNames.PERIOD);
      }
      for (int b = grant.value().budgets().size(); b > 0; b--, line++) {
        LocatedIn<Grant, BudgetLine> located = budgets.get(line);
        dates.range(located.value().period(), located, WireNames.PERIOD);
      }
      for (int t = grant.value().transactions().size(); t > 0; t--, move++) {
        LocatedIn<Grant, Transaction> located = transactions.get(move);
        dates.list.add(LocatedDate.of(located.value().date(), located, WireNames.DATE, ""));
      }
    }
    return dates.list.build();
  }

  /** @return at least the number of dates the walk locates, so that their list is made once */
  private static int dateCount(Programme programme) {
    int count = 2 + 3 * programme.alliance().members().size() + 5 * programme.interventions().size();
    List<Grant> grants = programme.grants();
    for (int g = 0; g < grants.size(); g++) {
      Grant grant = grants.get(g);
      count += 2 + 2 * grant.budgets().size() + grant.transactions().size();
    }
    return count;
  }

  /** The dates located so far. */
  private static final class Dates {
    final WalkedList.Builder<LocatedDate> list;

    Dates(int capacity) {
      list = new WalkedList.Builder<>(capacity);
    }

    /** @param owner the owner's pointer, or the located element that makes it */
    void range(DateRange range, Object owner, String property) {
      list.add(LocatedDate.of(range.start(), owner, property, WireNames.START));
      list.add(LocatedDate.of(range.end(), owner, property, WireNames.END));
    }

    /** @param owner the owner's pointer, or the located element that makes it */
    void date(Optional<LocalDate> date, Object owner, String property) {
      if (date.isPresent()) {
        list.add(LocatedDate.of(date.get(), owner, property, ""));
      }
    }
  }
}
