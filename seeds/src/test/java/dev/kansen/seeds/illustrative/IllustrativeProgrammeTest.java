package dev.kansen.seeds.illustrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.seeds.SeedProgrammes;
import dev.kansen.model.Breakdown;
import dev.kansen.model.Indicator;
import dev.kansen.model.IndicatorPeriod;
import dev.kansen.model.InterventionStatus;
import dev.kansen.model.Intervention;
import dev.kansen.model.Measure;
import dev.kansen.model.Measurement;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.model.SchoolYear;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The illustrative programme says it is invented, is valid, and fills every part of a report. */
class IllustrativeProgrammeTest {
  private final Programme programme = IllustrativeProgramme.programme();

  @Test
  void buildsTheSameProgrammeEachTime() {
    assertEquals(programme, IllustrativeProgramme.programme());
    assertEquals(IllustrativeProgramme.ID, programme.id());
  }

  @Test
  void saysThatItIsInventedAndDoesNotDescribeARealMunicipality() {
    assertTrue(programme.title().startsWith("Illustratief voorbeeld"), programme.title());
    String description = programme.description().orElseThrow();
    assertTrue(description.contains("invented for demonstration"), description);
    assertTrue(description.contains("do not describe a real municipality"), description);
    assertEquals("Voorbeeldstad (fictief)", programme.municipalities().get(0).name());
    assertEquals("GM9999", programme.municipalities().get(0).code().value());
    for (Partner partner : programme.partners()) {
      assertTrue(partner.name().endsWith("(fictief)"), partner.name());
    }
  }

  @Test
  void isNotOneOfTheSeedProgrammes() {
    assertTrue(SeedProgrammes.all().stream().noneMatch(p -> p.id().equals(IllustrativeProgramme.ID)));
    assertTrue(SeedProgrammes.byId(IllustrativeProgramme.ID).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-08-01", "2026-11-23"})
  void hasNoErrorsFromTheDayItIsRecordedAsOf(String asOf) {
    List<String> errors = Validator.standard().validate(programme, ValidationContext.asOf(LocalDate.parse(asOf)))
        .violations().stream().filter(v -> v.severity() == Severity.ERROR)
        .map(v -> v.code() + " at " + v.path() + ": " + v.message()).toList();
    assertEquals(List.of(), errors);
  }

  /** Only the identifiers that are deliberately not invented are missing; nothing else is flagged. */
  @Test
  void warnsOnlyAboutTheIdentifiersItDoesNotInventAndNotesNothing() {
    List<String> findings = Validator.standard().validate(programme, ValidationContext.asOf(LocalDate.of(2026, 11, 23)))
        .violations().stream().map(v -> v.severity() + " " + v.code() + " " + v.path()).toList();
    assertEquals(List.of(
            "WARNING MISSING_PARTNER_IDENTIFIER /partners/3/identifiers",
            "WARNING MISSING_PARTNER_IDENTIFIER /partners/4/identifiers"),
        findings);
  }

  @Test
  void recordsNothingAfterTheDayItDescribes() {
    LocalDate recordedOn = IllustrativeProgramme.RECORDED_ON;
    for (Intervention i : programme.interventions()) {
      Stream.of(i.actualStart(), i.actualEnd(), i.statusDate()).flatMap(java.util.Optional::stream)
          .forEach(d -> assertFalse(d.isAfter(recordedOn), i.id() + " " + d));
    }
    programme.grants().stream().flatMap(g -> g.transactions().stream())
        .forEach(t -> assertFalse(t.date().isAfter(recordedOn), t.toString()));
    for (Indicator indicator : programme.indicators()) {
      for (IndicatorPeriod period : indicator.periods()) {
        assertTrue(period.actual().isEmpty() || !period.schoolYear().end().isAfter(recordedOn),
            indicator.id() + " " + period.schoolYear());
      }
    }
  }

  @Test
  void hasInterventionsFromPipelineToClosedAndACancelledOne() {
    Set<InterventionStatus> statuses = programme.interventions().stream().map(Intervention::status)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(InterventionStatus.class)));
    assertEquals(EnumSet.of(InterventionStatus.PIPELINE, InterventionStatus.IMPLEMENTATION,
        InterventionStatus.FINALISATION, InterventionStatus.CLOSED, InterventionStatus.CANCELLED), statuses);
  }

  @Test
  void grantsHaveAllocationsBudgetsCommitmentsAndDisbursements() {
    assertEquals(2, programme.grants().size());
    programme.grants().forEach(g -> {
      assertFalse(g.allocations().isEmpty(), g.id());
      assertFalse(g.budgets().isEmpty(), g.id());
      assertTrue(g.transactions().size() >= 2, g.id());
    });
  }

  @Test
  void underAdvisingIsAPercentageWhereLowerIsBetterFromABaselineOverFiveSchoolYears() {
    Indicator indicator = indicator(IllustrativeProgramme.UNDER_ADVISED);
    assertEquals(Measure.PERCENTAGE, indicator.measure());
    assertFalse(indicator.ascending());
    assertEquals(SchoolYear.of(2018), indicator.baseline().orElseThrow().schoolYear());
    assertEquals(List.of("2019-2020", "2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"),
        indicator.periods().stream().map(p -> p.schoolYear().toString()).toList());
    assertEquals(4, indicator.periods().stream().filter(p -> p.actual().isPresent()).count());
  }

  @Test
  void everyQuantitativeFigureWithPupilsIsBrokenDownByParentalEducationAndAddsUp() {
    for (String id : List.of(IllustrativeProgramme.UNDER_ADVISED, IllustrativeProgramme.REVISED_UPWARD,
        IllustrativeProgramme.PARENTS_ATTENDING)) {
      for (Measurement figure : figuresWithPupils(indicator(id))) {
        assertEquals(List.of("low", "middle", "high"), figure.breakdowns().stream().map(Breakdown::category).toList());
        assertTrue(figure.breakdowns().stream().allMatch(b -> b.dimension().equals(Breakdown.PARENTAL_EDUCATION)));
        int known = figure.breakdowns().stream().mapToInt(b -> b.pupils().orElse(0)).sum();
        int total = figure.pupils().getAsInt();
        boolean complete = figure.breakdowns().stream().allMatch(b -> b.pupils().isPresent());
        assertTrue(complete ? known == total : total - known < 10, id + ": " + known + " of " + total);
      }
    }
  }

  @Test
  void smallCellsAreSuppressedAtTheSource() {
    List<Breakdown> suppressed = figuresWithPupils(indicator(IllustrativeProgramme.REVISED_UPWARD)).stream()
        .flatMap(f -> f.breakdowns().stream()).filter(b -> b.value().isEmpty()).toList();
    assertEquals(2, suppressed.size());
    suppressed.forEach(b -> {
      assertEquals("high", b.category());
      assertTrue(b.pupils().isEmpty(), "a suppressed cell does not give its count either");
    });
    programme.indicators().stream().flatMap(i -> figuresWithPupils(i).stream())
        .flatMap(f -> f.breakdowns().stream()).filter(b -> b.value().isPresent())
        .forEach(b -> assertTrue(b.pupils().orElseThrow() >= 10, b.toString()));
  }

  @Test
  void theQualitativeIndicatorIsWords() {
    Indicator indicator = indicator(IllustrativeProgramme.ADVICE_PRACTICE);
    assertEquals(Measure.QUALITATIVE, indicator.measure());
    assertTrue(indicator.baseline().orElseThrow().comment().isPresent());
    indicator.periods().forEach(p -> {
      assertTrue(p.target().orElseThrow().comment().isPresent());
      assertTrue(p.actual().orElseThrow().comment().isPresent());
    });
  }

  @Test
  void parentalParticipationRisesAndHigherIsBetter() {
    Indicator indicator = indicator(IllustrativeProgramme.PARENTS_ATTENDING);
    assertEquals(Measure.PERCENTAGE, indicator.measure());
    assertTrue(indicator.ascending());
    assertTrue(indicator.title().toLowerCase(Locale.ROOT).contains("parents"));
  }

  private Indicator indicator(String id) {
    return programme.indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Measurement> figuresWithPupils(Indicator indicator) {
    Stream<Measurement> baseline = indicator.baseline().stream().map(Measurement.class::cast);
    Stream<Measurement> actuals = indicator.periods().stream().flatMap(p -> p.actual().stream());
    return Stream.concat(baseline, actuals).filter(m -> m.pupils().isPresent()).toList();
  }
}
