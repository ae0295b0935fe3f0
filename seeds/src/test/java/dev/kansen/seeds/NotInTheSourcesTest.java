package dev.kansen.seeds;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Intervention;
import dev.kansen.model.Programme;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Facts the two seed articles do not give, each one marked here: a seed that states one of them
 * invents it, and fails. The list was made by reading both articles in {@code /work/shared/seeds}
 * line by line; where an article gives only a day by which something held, the seed says "known by"
 * instead (tested in the seeds' own tests).
 */
class NotInTheSourcesTest {
  /** A fact no source gives, and how to find it in a programme: present means invented. */
  record NotInTheSources(String fact, Function<Programme, Optional<?>> stated) {
    @Override
    public String toString() {
      return fact;
    }
  }

  static Stream<NotInTheSources> facts() {
    Programme bosch = SHertogenbosch2021.programme();
    Programme limburg = Limburg2018.programme();
    return Stream.of(
        new NotInTheSources("the day 's-Hertogenbosch joined the alliance",
            p -> bosch.alliance().members().get(0).joined()),
        new NotInTheSources("the period of the 's-Hertogenbosch programme", p -> bosch.period()),
        new NotInTheSources("who led the board members' meeting", p -> lead(bosch, "bestuurdersbijeenkomst")),
        new NotInTheSources("who led the study day", p -> lead(bosch, "studiedag-2021")),
        new NotInTheSources("who led the warm handover of group 8", p -> lead(bosch, "warme-overdracht-groep-8")),
        new NotInTheSources("which of PowerUp073 and Avans leads the Bossche Talentschool",
            p -> lead(bosch, "bossche-talentschool")),
        new NotInTheSources("who ran the summer schools", p -> lead(bosch, "zomerscholen")),
        new NotInTheSources("who gives the homework support at Hambaken Connect",
            p -> lead(bosch, "huiswerkbegeleiding-hambaken")),
        new NotInTheSources("who organised sport and play", p -> lead(bosch, "sport-en-spel")),
        new NotInTheSources("who leads the spring 2021 actions", p -> lead(bosch, "acties-voorjaar-2021")),
        new NotInTheSources("the dates of the COVID-19 year's actions ('het afgelopen jaar')",
            p -> planned(bosch, "warme-overdracht-groep-8", "bossche-talentschool", "zomerscholen",
                "huiswerkbegeleiding-hambaken", "sport-en-spel")),
        new NotInTheSources("the dates of 'dit voorjaar'", p -> planned(bosch, "acties-voorjaar-2021")),
        new NotInTheSources("the day Sittard-Geleen, Roermond, Venray or Heerlen joined",
            p -> limburg.alliance().members().stream().flatMap(m -> m.joined().stream()).findFirst()),
        new NotInTheSources("the period of the Limburg programme", p -> limburg.period()),
        new NotInTheSources("the period of the province's grants",
            p -> limburg.grants().stream().flatMap(g -> g.period().stream()).findFirst()),
        new NotInTheSources("the planned period of any Limburg intervention",
            p -> limburg.interventions().stream().flatMap(i -> i.planned().stream()).findFirst()),
        new NotInTheSources("a school year for Heerlen's eight schools",
            p -> limburg.indicators().stream().flatMap(i -> i.periods().stream()).findFirst()),
        new NotInTheSources("any amount for Sittard-Geleen or Roermond",
            p -> limburg.grants().stream().filter(g -> List.of("gemeente-sittard-geleen", "gemeente-roermond")
                .contains(g.recipient())).findFirst()),
        new NotInTheSources("any amount for 's-Hertogenbosch", p -> bosch.grants().stream().findFirst()));
  }

  @ParameterizedTest
  @MethodSource("facts")
  void noSeedStatesIt(NotInTheSources fact) {
    Optional<?> stated = fact.stated().apply(null);
    assertTrue(stated.isEmpty(), "not in the sources, but a seed states " + fact.fact() + ": " + stated);
  }

  private static Optional<String> lead(Programme p, String intervention) {
    return p.intervention(intervention).orElseThrow(() -> new AssertionError("no intervention " + intervention))
        .lead();
  }

  private static Optional<?> planned(Programme p, String... interventions) {
    return Stream.of(interventions).map(id -> p.intervention(id).orElseThrow(() -> new AssertionError(id)))
        .map(Intervention::planned).flatMap(Optional::stream).findFirst();
  }
}
