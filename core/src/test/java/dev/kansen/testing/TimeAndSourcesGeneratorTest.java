package dev.kansen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kansen.model.DocumentKind;
import dev.kansen.model.FigureSource;
import dev.kansen.model.FigureStatus;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.Measurement;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.model.ProgrammeRelation;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The generated programmes use every part of the 1.1 time-and-sources model, and keep its rules. */
class TimeAndSourcesGeneratorTest {
  @Test
  void threeHundredProgrammesUseEveryConstantAndEveryPartWithoutAFindingOnThem() {
    Set<Object> seen = new HashSet<>();
    Set<String> parts = new HashSet<>();
    List<Violation> findings = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(Seeds.baseSeed());
    ValidationContext context = ValidationContext.asOf(ProgrammeGenerator.AS_OF);
    for (int n = 0; n < 300; n++) {
      Programme p = ProgrammeGenerator.programme(random.split());
      p.relatedProgrammes().forEach(r -> seen.add(r.relation()));
      p.documents().forEach(d -> seen.add(d.kind()));
      if (p.phases().size() > 1) {
        parts.add("several phases");
      }
      if (!p.contactPoints().isEmpty()) {
        parts.add("programme contact points");
      }
      for (Partner partner : p.partners()) {
        if (!partner.contactPoints().isEmpty()) {
          parts.add("partner contact points");
        }
      }
      for (Indicator i : p.indicators()) {
        if (!i.methodBreaks().isEmpty()) {
          parts.add("method breaks");
        }
        i.baseline().ifPresent(b -> note(b, seen, parts));
        for (IndicatorPeriod period : i.periods()) {
          period.target().ifPresent(t -> note(t, seen, parts));
          period.actual().ifPresent(a -> note(a, seen, parts));
        }
      }
      Validator.standard().validate(p, context).violations().stream()
          .filter(v -> Set.of("UNRESOLVED_GOAL_REFERENCE", "PHASE_OUTSIDE_PROGRAMME_PERIOD", "PHASES_OVERLAP",
              "FINAL_FIGURE_MEASURED_AFTER_AS_OF", "TARGET_ACROSS_METHOD_BREAK", "DOCUMENT_ADDRESS_NOT_HTTP",
              "CONTACT_EMAIL_SHAPE", "CONTACT_TELEPHONE_SHAPE", "CONTACT_POINT_WITHOUT_CHANNEL").contains(v.code()))
          .forEach(findings::add);
    }
    Set<Object> expected = new HashSet<>();
    expected.addAll(EnumSet.allOf(ProgrammeRelation.class));
    expected.addAll(EnumSet.allOf(DocumentKind.class));
    expected.addAll(EnumSet.allOf(FigureStatus.class));
    expected.addAll(FigureSource.wellKnown());
    expected.removeAll(seen);
    assertEquals(Set.of(), expected, "never generated");
    assertEquals(Set.of("several phases", "programme contact points", "partner contact points", "method breaks",
        "measuredOn", "other source"), parts);
    assertEquals(List.of(), findings);
  }

  private static void note(Measurement m, Set<Object> seen, Set<String> parts) {
    m.source().ifPresent(s -> {
      seen.add(s);
      if (!s.isWellKnown()) {
        parts.add("other source");
      }
    });
    m.status().ifPresent(seen::add);
    if (m.measuredOn().isPresent()) {
      parts.add("measuredOn");
    }
  }
}
