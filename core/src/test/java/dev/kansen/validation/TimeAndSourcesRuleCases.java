package dev.kansen.validation;

import static dev.kansen.validation.ProgrammeFixture.context;
import static dev.kansen.validation.ProgrammeFixture.indicator;
import static dev.kansen.validation.ProgrammeFixture.partner;
import static dev.kansen.validation.ProgrammeFixture.replace;
import static dev.kansen.validation.ProgrammeFixture.valid;
import static dev.kansen.validation.ProgrammeFixture.with;

import dev.kansen.model.Baseline;
import dev.kansen.model.ContactPoint;
import dev.kansen.model.DateRange;
import dev.kansen.model.DocumentKind;
import dev.kansen.model.DocumentLink;
import dev.kansen.model.FigureSource;
import dev.kansen.model.FigureStatus;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.MethodBreak;
import dev.kansen.model.Observation;
import dev.kansen.model.Phase;
import dev.kansen.model.Programme;
import dev.kansen.model.SchoolYear;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The {@link RuleCasesTest} cases of the rules about time and sources (wire format 1.1): the
 * fixture with phases, documents, contact points, figure sources and a break in method that every
 * rule accepts, and one fault per rule.
 */
final class TimeAndSourcesRuleCases {
  private TimeAndSourcesRuleCases() {}

  /** @return the fixture with every 1.1 part about time and sources, still without a finding */
  static Programme withTimeAndSources() {
    Programme v = valid();
    Programme p = with(v, b -> b
        .addPhases(
            Phase.builder().title("Actieagenda 2019-2020").period(DateRange.of("2019-08-01", "2020-12-31"))
                .addGoals("goal-1").build(),
            Phase.builder().title("Actieagenda 2021-2022").period(DateRange.of("2021-01-01", "2022-07-31")).build())
        .addDocuments(DocumentLink.builder().title("Actieagenda gelijke kansen").kind(DocumentKind.ACTION_AGENDA)
            .address("http://www.venray.nl/actieagenda").date(LocalDate.parse("2019-07-01")).build())
        .addContactPoints(ContactPoint.builder().role("Programmacoördinatie").email("onderwijs@venray.nl")
            .telephone("14 0478").build()));
    Programme q = partner(p, 1, b -> b.addContactPoints(ContactPoint.builder().role("Afdeling onderwijs")
        .telephone("+31 (0)478 52 33 33").build()));
    return indicator(q, 0, b -> b
        .baseline(Baseline.builder().from(q.indicators().get(0).baseline().orElseThrow()).source(FigureSource.DUO)
            .measuredOn(LocalDate.parse("2021-12-31")).status(FigureStatus.FINAL).build())
        .periods(replace(q.indicators().get(0).periods(), 1, figure(q, 1, a -> a.source(FigureSource.of("GGD monitor"))
            .measuredOn(LocalDate.parse("2022-03-01")).status(FigureStatus.PROVISIONAL))))
        .addMethodBreaks(MethodBreak.builder().schoolYear(SchoolYear.of(2022))
            .description("De doorstroomtoets verving de eindtoets").build()));
  }

  private static IndicatorPeriod figure(Programme p, int period, UnaryOperator<Observation.Builder> change) {
    IndicatorPeriod old = p.indicators().get(0).periods().get(period);
    return IndicatorPeriod.builder().from(old)
        .actual(change.apply(Observation.builder().from(old.actual().orElseThrow())).build()).build();
  }

  private static Programme phase(Programme p, int index, UnaryOperator<Phase.Builder> change) {
    return with(p, b -> b.phases(replace(p.phases(), index, change.apply(Phase.builder().from(p.phases().get(index))).build())));
  }

  static Stream<RuleCasesTest.Case> cases() {
    Programme t = withTimeAndSources();
    return Stream.of(
        of("UNRESOLVED_GOAL_REFERENCE", t, phase(t, 0, b -> b.goals(List.of("goal-1", "nothing"))), "/phases/0/goals/1"),
        of("PHASE_OUTSIDE_PROGRAMME_PERIOD", t,
            phase(t, 1, b -> b.period(DateRange.of("2021-01-01", "2022-08-31"))), "/phases/1/period/end"),
        of("PHASES_OVERLAP", t, phase(t, 1, b -> b.period(DateRange.of("2020-12-31", "2022-07-31"))), "/phases/1/period"),
        of("FINAL_FIGURE_MEASURED_AFTER_AS_OF", t,
            indicator(t, 0, b -> b.periods(replace(t.indicators().get(0).periods(), 1,
                figure(t, 1, a -> a.status(FigureStatus.FINAL))))),
            "/indicators/0/periods/1/actual/measuredOn"),
        of("TARGET_ACROSS_METHOD_BREAK", t,
            indicator(t, 0, b -> b.methodBreaks(List.of(MethodBreak.builder().schoolYear(SchoolYear.of(2021))
                .description("De doorstroomtoets verving de eindtoets").build()))),
            "/indicators/0/periods/2/target"),
        of("DOCUMENT_ADDRESS_NOT_HTTP", t,
            with(t, b -> b.documents(List.of(DocumentLink.builder().from(t.documents().get(0))
                .address("file:///C:/actieagenda.pdf").build()))),
            "/documents/0/address"),
        of("CONTACT_EMAIL_SHAPE", t,
            with(t, b -> b.contactPoints(List.of(ContactPoint.builder().from(t.contactPoints().get(0))
                .email("onderwijs(at)venray.nl").build()))),
            "/contactPoints/0/email"),
        of("CONTACT_TELEPHONE_SHAPE", t,
            partner(t, 1, b -> b.contactPoints(List.of(ContactPoint.builder().role("Afdeling onderwijs")
                .telephone("0478").build()))),
            "/partners/1/contactPoints/0/telephone"),
        of("CONTACT_POINT_WITHOUT_CHANNEL", t,
            partner(t, 1, b -> b.contactPoints(List.of(ContactPoint.builder().role("Afdeling onderwijs").build()))),
            "/partners/1/contactPoints/0"));
  }

  private static RuleCasesTest.Case of(String code, Programme passing, Programme failing, String... paths) {
    return new RuleCasesTest.Case(code, context(), passing, failing, List.of(paths));
  }
}
