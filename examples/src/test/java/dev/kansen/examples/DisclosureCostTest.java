package dev.kansen.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.analysis.Disclosure;
import dev.kansen.disclosure.LinkedDisclosure;
import dev.kansen.seeds.illustrative.IllustrativeProgramme;
import dev.kansen.seeds.Limburg2018;
import dev.kansen.seeds.SHertogenbosch2021;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measurement;
import dev.kansen.model.Programme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cost of the linked control on the programmes kansen ships: the share of breakdown cells
 * published against the per-dimension rule of thumb (recorded in docs/privacy.md).
 */
class DisclosureCostTest {
  @Test
  void theShippedProgrammesPublishTheSameCellsUnderBothRules() {
    long cells = 0;
    long byRule = 0;
    long linked = 0;
    for (Programme programme : List.of(IllustrativeProgramme.programme(), Limburg2018.programme(),
        SHertogenbosch2021.programme())) {
      Disclosure rule = Disclosure.standard();
      Disclosure control = LinkedDisclosure.of(programme, Disclosure.DEFAULT_THRESHOLD);
      for (Measurement figure : figures(programme)) {
        cells += figure.breakdowns().size();
        byRule += rule.cells(figure).stream().filter(c -> !c.suppressed()).count();
        linked += control.cells(figure).stream().filter(c -> !c.suppressed()).count();
      }
    }
    System.out.printf("kansen disclosure cost on the shipped programmes, %d cells: per-dimension rule publishes %d,"
        + " linked control %d%n", cells, byRule, linked);
    assertEquals(byRule, linked, "the shipped programmes' cells are large enough for both rules alike");
  }

  private static List<Measurement> figures(Programme programme) {
    List<Measurement> figures = new ArrayList<>();
    programme.indicators().forEach(i -> {
      i.baseline().ifPresent(figures::add);
      for (IndicatorPeriod p : i.periods()) {
        p.target().ifPresent(figures::add);
        p.actual().ifPresent(figures::add);
      }
    });
    return figures;
  }
}
