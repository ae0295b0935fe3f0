package dev.kansen.model;

import static dev.kansen.testing.ModelAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.validation.ValueCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The construction invariants of the entities: ids, texts, counts and intervention dates. */
class EntityInvariantsTest {
  private static final LocalDate DAY = LocalDate.of(2021, 1, 27);

  private static Intervention.Builder intervention() {
    return Intervention.builder().id("zomerschool").title("Zomerschool").type(InterventionType.SUMMER_SCHOOL)
        .lead("ons-middelbaar-onderwijs").planned(DateRange.of("2021-07-19", "2021-08-13"))
        .status(InterventionStatus.CLOSED);
  }

  private static Partner.Builder partner() {
    return Partner.builder().id("gemeente").name("Gemeente 's-Hertogenbosch").type(OrganisationType.MUNICIPALITY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-leading-hyphen", "has space", "slash/inside", "é", "a#b", "tab\t"})
  void invalidIdsAreRejectedNamingTheTypeAndAttribute(String bad) {
    assertInvalid(() -> partner().id(bad).build(), "INVALID_ID", "id",
        "Partner.id must start with a letter or digit and hold only letters, digits and . _ : -");
    assertInvalid(() -> intervention().id(bad).build(), "INVALID_ID", "id", "Intervention.id must start");
    assertInvalid(() -> intervention().lead(bad).build(), "INVALID_ID", "lead", "Intervention.lead must start");
    assertInvalid(() -> Goal.builder().id(bad).title("Goal").build(), "INVALID_ID", "id", "Goal.id");
    assertInvalid(() -> Allocation.of(bad, Money.eur("1")), "INVALID_ID", "intervention", "Allocation.intervention");
  }

  @Test
  void anIdOfMoreThanAHundredCharactersIsRejectedAndShortenedInTheMessage() {
    String id = "a".repeat(101);
    assertEquals("a".repeat(100), partner().id("a".repeat(100)).build().id());
    assertInvalid(() -> partner().id(id).build(), "INVALID_ID", "id", "(101 characters)");
  }

  @Test
  void referenceListsNameTheIndexOfTheBadId() {
    assertInvalid(() -> intervention().addParticipants("ok", "not ok").build(), "INVALID_ID", "participants/1",
        "Intervention.participants/1 must start");
    assertInvalid(() -> Goal.builder().id("g").title("Goal").addInterventions("bad id").build(), "INVALID_ID",
        "interventions/0", "Goal.interventions/0");
    assertInvalid(() -> Goal.builder().id("g").title("Goal").addIndicators("x", "y", "").build(), "INVALID_ID",
        "indicators/2", "Goal.indicators/2");
    assertInvalid(() -> Indicator.builder().id("i").title("T").measure(Measure.UNIT).addInterventions("a b").build(),
        "INVALID_ID", "interventions/0", "Indicator.interventions/0");
  }

  @Test
  void optionalReferencesAreCheckedWhenPresent() {
    assertInvalid(() -> partner().partOf("bad id").build(), "INVALID_ID", "partOf", "Partner.partOf");
    assertInvalid(() -> Alliance.builder().name("GKA").coordinator("bad id").build(), "INVALID_ID", "coordinator",
        "Alliance.coordinator");
    assertInvalid(() -> Transaction.builder().type(TransactionType.DISBURSEMENT).date(DAY).amount(Money.eur("1"))
        .intervention("bad id").build(), "INVALID_ID", "intervention", "Transaction.intervention");
    assertInvalid(() -> Grant.builder().id("g").funder("bad id").recipient("r").amount(Money.eur("1"))
        .period(DateRange.day(DAY)).build(), "INVALID_ID", "funder", "Grant.funder");
    assertInvalid(() -> Grant.builder().id("g").funder("f").recipient("").amount(Money.eur("1"))
        .period(DateRange.day(DAY)).build(), "INVALID_ID", "recipient", "Grant.recipient");
    assertInvalid(() -> Programme.builder().id("bad id").title("T").alliance(Alliance.builder().name("A").build())
        .period(DateRange.day(DAY)).build(), "INVALID_ID", "id", "Programme.id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
  void blankTextsAreRejectedNamingTheTypeAndAttribute(String blank) {
    assertInvalid(() -> partner().name(blank).build(), "BLANK_TEXT", "name", "Partner.name must not be blank");
    assertInvalid(() -> partner().description(blank).build(), "BLANK_TEXT", "description", "Partner.description");
    assertInvalid(() -> intervention().title(blank).build(), "BLANK_TEXT", "title", "Intervention.title");
    assertInvalid(() -> intervention().description(blank).build(), "BLANK_TEXT", "description", "Intervention.description");
    assertInvalid(() -> intervention().evidenceSource(blank).build(), "BLANK_TEXT", "evidenceSource",
        "Intervention.evidenceSource");
    assertInvalid(() -> Municipality.of("GM0796", blank, Province.NOORD_BRABANT), "BLANK_TEXT", "name",
        "Municipality.name");
    assertInvalid(() -> Alliance.builder().name(blank).build(), "BLANK_TEXT", "name", "Alliance.name");
    assertInvalid(() -> Goal.builder().id("g").title(blank).build(), "BLANK_TEXT", "title", "Goal.title");
    assertInvalid(() -> Goal.builder().id("g").title("T").description(blank).build(), "BLANK_TEXT", "description",
        "Goal.description");
    assertInvalid(() -> Indicator.builder().id("i").title(blank).measure(Measure.UNIT).build(), "BLANK_TEXT", "title",
        "Indicator.title");
    assertInvalid(() -> Indicator.builder().id("i").title("T").unit(blank).measure(Measure.UNIT).build(), "BLANK_TEXT",
        "unit", "Indicator.unit");
    assertInvalid(() -> Grant.builder().id("g").funder("f").recipient("r").amount(Money.eur("1"))
        .period(DateRange.day(DAY)).purpose(blank).build(), "BLANK_TEXT", "purpose", "Grant.purpose");
    assertInvalid(() -> Transaction.builder().type(TransactionType.COMMITMENT).date(DAY).amount(Money.eur("1"))
        .description(blank).build(), "BLANK_TEXT", "description", "Transaction.description");
    assertInvalid(() -> Observation.builder().comment(blank).build(), "BLANK_TEXT", "comment", "Observation.comment");
    assertInvalid(() -> Baseline.builder().schoolYear(SchoolYear.of(2020)).comment(blank).build(), "BLANK_TEXT",
        "comment", "Baseline.comment");
    assertInvalid(() -> Breakdown.builder().dimension(blank).category("low").build(), "BLANK_TEXT", "dimension",
        "Breakdown.dimension");
    assertInvalid(() -> Breakdown.builder().dimension(Breakdown.PARENTAL_EDUCATION).category(blank).build(),
        "BLANK_TEXT", "category", "Breakdown.category");
    assertInvalid(() -> Programme.builder().id("p").title(blank).alliance(Alliance.builder().name("A").build())
        .period(DateRange.day(DAY)).build(), "BLANK_TEXT", "title", "Programme.title");
  }

  @Test
  void negativePupilCountsAreRejected() {
    assertInvalid(() -> Observation.builder().value(BigDecimal.ONE).pupils(-1).build(), "NEGATIVE_COUNT", "pupils",
        "Observation.pupils must not be negative, but was -1");
    assertInvalid(() -> Baseline.builder().schoolYear(SchoolYear.of(2020)).pupils(-5).build(), "NEGATIVE_COUNT",
        "pupils", "Baseline.pupils must not be negative, but was -5");
    assertInvalid(() -> Breakdown.builder().dimension("gender").category("girls").pupils(-2).build(), "NEGATIVE_COUNT",
        "pupils", "Breakdown.pupils must not be negative, but was -2");
    assertEquals(0, Observation.builder().pupils(0).build().pupils().getAsInt());
  }

  @Test
  void anActualEndNeedsAnActualStart() {
    assertInvalid(() -> intervention().actualEnd(DAY).build(), "ACTUAL_END_WITHOUT_START", "actualEnd",
        "Intervention.actualEnd 2021-01-27 is set but actualStart is not");
  }

  @Test
  void anActualEndBeforeTheActualStartIsRejected() {
    assertInvalid(() -> intervention().actualStart(DAY).actualEnd(DAY.minusDays(1)).build(), "DATE_RANGE_INVERTED",
        "actualEnd", "Intervention.actualEnd 2021-01-26 is before its actualStart 2021-01-27");
  }

  @Test
  void theActualPeriodExistsOnceBothDatesAre() {
    assertEquals(Optional.empty(), intervention().build().actual());
    assertEquals(Optional.empty(), intervention().actualStart(DAY).build().actual());
    assertEquals(Optional.of(DateRange.day(DAY)), intervention().actualStart(DAY).actualEnd(DAY).build().actual());
  }

  @Test
  void defaultsAreFilledIn() {
    assertEquals(EvidenceLevel.NOT_ASSESSED, intervention().build().evidence());
    BudgetLine line = BudgetLine.builder().period(DateRange.day(DAY)).amount(Money.eur("1")).build();
    assertEquals(BudgetType.ORIGINAL, line.type());
    assertEquals(BudgetStatus.INDICATIVE, line.status());
    assertEquals(true, Indicator.builder().id("i").title("T").measure(Measure.PERCENTAGE).build().ascending());
  }

  @Test
  void aMissingRequiredAttributeIsAnInvalidValueWithItsCodeAndTheAttributesNames() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Partner.builder().id("p").build());
    assertEquals(ValueCode.MISSING_ATTRIBUTE.name(), e.code());
    assertEquals(List.of("name", "type"), e.missingAttributes());
    assertEquals("name", e.attribute());
    assertEquals("Cannot build without the required attributes name, type", e.getMessage());
  }

  /** Every entity with a builder: an empty builder fails with MISSING_ATTRIBUTE naming its attributes. */
  @ParameterizedTest
  @ValueSource(classes = {Alliance.class, AllianceMembership.class, Allocation.class, Baseline.class,
      Breakdown.class, BudgetLine.class, Goal.class, Grant.class, Indicator.class, IndicatorPeriod.class,
      Intervention.class, Municipality.class, Partner.class, Programme.class,
      Transaction.class})
  void anEmptyBuilderOfEveryEntityFailsWithMissingAttributeNamingAccessorsOfTheEntity(Class<?> entity)
      throws ReflectiveOperationException {
    Object builder = entity.getMethod("builder").invoke(null);
    java.lang.reflect.Method build = builder.getClass().getMethod("build");
    java.lang.reflect.InvocationTargetException thrown = assertThrows(
        java.lang.reflect.InvocationTargetException.class, () -> build.invoke(builder));
    InvalidValueException e = assertInstanceOf(InvalidValueException.class, thrown.getCause(), entity.getName());
    assertEquals(ValueCode.MISSING_ATTRIBUTE, e.valueCode());
    assertFalse(e.missingAttributes().isEmpty(), entity.getName());
    for (String attribute : e.missingAttributes()) {
      assertEquals(0, entity.getMethod(attribute).getParameterCount(), attribute);
      assertTrue(e.getMessage().contains(attribute), e.getMessage());
    }
  }

  @Test
  void theEntitiesWithoutRequiredAttributesBuildEmpty() {
    assertEquals(List.of(), TargetGroup.builder().build().groups().stream().toList());
    assertEquals(Optional.empty(), Observation.builder().build().value());
  }

  @Test
  void collectionsAreImmutableAndSorted() {
    Partner p = partner().addRoles(PartnerRole.IMPLEMENTING, PartnerRole.FUNDING)
        .putUnknownProperties("x-b", "1").putUnknownProperties("x-a", "{\"a\":[1,2]}").build();
    assertEquals(List.of(PartnerRole.FUNDING, PartnerRole.IMPLEMENTING), List.copyOf(p.roles()));
    assertEquals(List.of("x-a", "x-b"), List.copyOf(p.unknownProperties().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> p.roles().add(PartnerRole.EXTENDING));
    assertThrows(UnsupportedOperationException.class, () -> p.identifiers().add(dev.kansen.model.id.KvkNumber.of("41202535")));
    assertThrows(UnsupportedOperationException.class, () -> p.unknownProperties().put("x", "1"));
  }
}
