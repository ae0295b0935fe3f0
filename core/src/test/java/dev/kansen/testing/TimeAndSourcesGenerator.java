package dev.kansen.testing;

import dev.kansen.model.Baseline;
import dev.kansen.model.ContactPoint;
import dev.kansen.model.DateRange;
import dev.kansen.model.DocumentKind;
import dev.kansen.model.DocumentLink;
import dev.kansen.model.FigureSource;
import dev.kansen.model.FigureStatus;
import dev.kansen.model.Goal;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.MethodBreak;
import dev.kansen.model.Observation;
import dev.kansen.model.Partner;
import dev.kansen.model.Phase;
import dev.kansen.model.Programme;
import dev.kansen.model.ProgrammeRelation;
import dev.kansen.model.RelatedProgramme;
import dev.kansen.model.SchoolYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Adds the time-and-sources parts of wire format 1.1 to a generated programme: phases of the action
 * agenda, related programmes, documents, contact points of the programme and its partners, each
 * figure's source, measurement date and status, and breaks in method. What it adds keeps the rules:
 * phases lie inside the programme period and do not overlap, addresses are {@code https}, contact
 * points have a well-formed e-mail address or telephone number, figures are measured on or before
 * the generator's as-of date, and no target is set across a break from a baseline before it.
 *
 * <p>It draws from its own random state, so the rest of the programme is the same as without it.
 */
public final class TimeAndSourcesGenerator {
  private static final String[] SOURCES = {"DUO", "CBS", "INSPECTORATE", "SCHOOL_ADMINISTRATION", "OWN_SURVEY",
      "GGD monitor"};
  private final SplittableRandom random;

  private TimeAndSourcesGenerator(SplittableRandom random) {
    this.random = random;
  }

  /**
   * @param programme a valid programme whose dates lie before {@code asOf}
   * @param random the random state to draw from
   * @param asOf the date every figure is measured by
   * @return the programme with the 1.1 time-and-sources parts added
   */
  public static Programme decorate(Programme programme, SplittableRandom random, LocalDate asOf) {
    return new TimeAndSourcesGenerator(random).apply(programme, asOf);
  }

  private Programme apply(Programme p, LocalDate asOf) {
    List<Partner> partners = new ArrayList<>();
    for (Partner partner : p.partners()) {
      partners.add(random.nextInt(3) == 0
          ? Partner.builder().from(partner).contactPoints(contactPoints()).build() : partner);
    }
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator indicator : p.indicators()) {
      indicators.add(indicator(indicator, asOf));
    }
    return Programme.builder().from(p)
        .partners(partners)
        .indicators(indicators)
        .phases(phases(p.period().orElseThrow(), p.goals()))
        .relatedProgrammes(related())
        .documents(documents(p.period().orElseThrow()))
        .contactPoints(contactPoints())
        .build();
  }

  private List<Phase> phases(DateRange period, List<Goal> goals) {
    List<Phase> phases = new ArrayList<>();
    int count = random.nextInt(0, 4);
    LocalDate start = period.start();
    long days = period.end().toEpochDay() - period.start().toEpochDay() + 1;
    for (int i = 0; i < count && !start.isAfter(period.end()); i++) {
      LocalDate end = i == count - 1 ? period.end()
          : start.plusDays(random.nextLong(0, Math.max(1, days / count)));
      if (end.isAfter(period.end())) {
        end = period.end();
      }
      Phase.Builder phase = Phase.builder().title("Fase " + (i + 1)).period(DateRange.of(start, end));
      if (random.nextBoolean()) {
        phase.description("Wat in deze fase gebeurt");
      }
      for (Goal goal : goals) {
        if (random.nextBoolean()) {
          phase.addGoals(goal.id());
        }
      }
      phases.add(phase.build());
      start = end.plusDays(1);
    }
    return phases;
  }

  private List<RelatedProgramme> related() {
    List<RelatedProgramme> out = new ArrayList<>();
    for (int n = random.nextInt(0, 3); n > 0; n--) {
      ProgrammeRelation relation = ProgrammeRelation.values()[random.nextInt(ProgrammeRelation.values().length)];
      RelatedProgramme.Builder b = RelatedProgramme.builder().relation(relation).title("Programma " + n);
      if (random.nextBoolean()) {
        b.programme("other-programme-" + n);
      }
      out.add(b.build());
    }
    return out;
  }

  private List<DocumentLink> documents(DateRange period) {
    List<DocumentLink> out = new ArrayList<>();
    for (int n = random.nextInt(0, 3); n > 0; n--) {
      DocumentKind kind = DocumentKind.values()[random.nextInt(DocumentKind.values().length)];
      DocumentLink.Builder b = DocumentLink.builder().title("Document " + n).kind(kind)
          .address((random.nextInt(4) == 0 ? "http" : "https") + "://www.example.nl/documenten/" + n + ".pdf");
      if (random.nextBoolean()) {
        b.date(period.start().plusDays(random.nextLong(0, period.end().toEpochDay() - period.start().toEpochDay() + 1)));
      }
      out.add(b.build());
    }
    return out;
  }

  private List<ContactPoint> contactPoints() {
    List<ContactPoint> out = new ArrayList<>();
    for (int n = random.nextInt(0, 3); n > 0; n--) {
      ContactPoint.Builder b = ContactPoint.builder().role("Coördinatie " + n);
      int channels = random.nextInt(3);
      if (channels != 1) {
        b.email("onderwijs" + n + "@example.nl");
      }
      if (channels != 0) {
        b.telephone(random.nextBoolean() ? "14 073" : "+31 73 615 51" + (10 + n));
      }
      if (random.nextInt(4) == 0) {
        b.name("Wethouder onderwijs");
      }
      out.add(b.build());
    }
    return out;
  }

  private Indicator indicator(Indicator indicator, LocalDate asOf) {
    Indicator.Builder b = Indicator.builder().from(indicator);
    indicator.baseline().ifPresent(baseline -> b.baseline(baseline(baseline, asOf)));
    List<IndicatorPeriod> periods = new ArrayList<>();
    for (IndicatorPeriod period : indicator.periods()) {
      IndicatorPeriod.Builder p = IndicatorPeriod.builder().from(period);
      period.target().ifPresent(t -> p.target(observation(t, period.schoolYear(), asOf, false)));
      period.actual().ifPresent(a -> p.actual(observation(a, period.schoolYear(), asOf, true)));
      periods.add(p.build());
    }
    b.periods(periods);
    methodBreak(indicator).ifPresent(b::addMethodBreaks);
    return b.build();
  }

  /** A break no target crosses from a baseline before it: in a year of the periods, after the last target when there is a baseline. */
  private Optional<MethodBreak> methodBreak(Indicator indicator) {
    if (indicator.periods().isEmpty() || random.nextInt(3) != 0) {
      return Optional.empty();
    }
    List<SchoolYear> candidates = new ArrayList<>();
    for (IndicatorPeriod period : indicator.periods()) {
      SchoolYear year = period.schoolYear();
      boolean targetOnOrAfter = indicator.periods().stream()
          .anyMatch(q -> q.target().isPresent() && q.schoolYear().compareTo(year) >= 0);
      if (indicator.baseline().isEmpty() || !targetOnOrAfter) {
        candidates.add(year);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(MethodBreak.builder().schoolYear(candidates.get(random.nextInt(candidates.size())))
        .description("De doorstroomtoets verving de eindtoets").build());
  }

  private Baseline baseline(Baseline baseline, LocalDate asOf) {
    Baseline.Builder b = Baseline.builder().from(baseline);
    source(baseline.schoolYear(), asOf, true, b::source, b::measuredOn, b::status);
    return b.build();
  }

  private Observation observation(Observation figure, SchoolYear year, LocalDate asOf, boolean measured) {
    Observation.Builder b = Observation.builder().from(figure);
    source(year, asOf, measured, b::source, b::measuredOn, b::status);
    return b.build();
  }

  private void source(SchoolYear year, LocalDate asOf, boolean measured,
      java.util.function.Consumer<FigureSource> source, java.util.function.Consumer<LocalDate> measuredOn,
      java.util.function.Consumer<FigureStatus> status) {
    if (random.nextBoolean()) {
      source.accept(FigureSource.of(SOURCES[random.nextInt(SOURCES.length)]));
    }
    if (measured && random.nextBoolean()) {
      LocalDate latest = year.end().isBefore(asOf) ? year.end() : asOf.minusDays(1);
      LocalDate earliest = year.start().isBefore(latest) ? year.start() : latest;
      measuredOn.accept(earliest.plusDays(random.nextLong(0, latest.toEpochDay() - earliest.toEpochDay() + 1)));
    }
    if (measured && random.nextBoolean()) {
      status.accept(random.nextBoolean() ? FigureStatus.FINAL : FigureStatus.PROVISIONAL);
    }
  }
}
