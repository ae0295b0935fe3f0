package dev.kansen.validation;

import static dev.kansen.validation.ProgrammeFixture.context;
import static dev.kansen.validation.ProgrammeFixture.intervention;
import static dev.kansen.validation.ProgrammeFixture.partner;
import static dev.kansen.validation.ProgrammeFixture.valid;
import static dev.kansen.validation.ProgrammeFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Goal;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What was left out of a programme, and the validator keeping only the findings that cannot depend on it. */
class LeftOutTest {
  private static JsonPointer p(String text) {
    return JsonPointer.parse(text);
  }

  private static LeftOut leftOut(String... pointers) {
    return LeftOut.of(List.of(pointers).stream().map(JsonPointer::parse).toList(), Map.of());
  }

  private static Set<String> found(ValidationReport report) {
    return report.violations().stream().map(v -> v.path() + " " + v.code()).collect(Collectors.toSet());
  }

  private static List<Violation> notes(ValidationReport report) {
    return report.violations().stream().filter(v -> v.code().equals(RuleCode.RULE_NOT_CHECKED.name())).toList();
  }

  @Test
  void nothingLeftOutChangesNoPath() {
    LeftOut none = LeftOut.none();
    assertTrue(none.isEmpty());
    assertEquals(List.of(), none.values());
    assertEquals(p("/interventions/3/lead"), none.toDocument(p("/interventions/3/lead")));
    assertEquals(Optional.empty(), none.near(p("/interventions/3")));
    assertEquals(none, LeftOut.of(List.of(), Map.of()));
  }

  @Test
  void aProgrammePathCountsTheLeftOutElementsOfEveryListOnTheWay() {
    LeftOut out = leftOut("/interventions/1", "/interventions/3", "/grants/0", "/grants/1/allocations/0");
    assertFalse(out.isEmpty());
    assertEquals(p("/interventions/0/lead"), out.toDocument(p("/interventions/0/lead")));
    assertEquals(p("/interventions/2/lead"), out.toDocument(p("/interventions/1/lead")));
    assertEquals(p("/interventions/4"), out.toDocument(p("/interventions/2")));
    assertEquals(p("/grants/1/allocations/1/amount"), out.toDocument(p("/grants/0/allocations/0/amount")));
    assertEquals(p("/grants/2/allocations/0"), out.toDocument(p("/grants/1/allocations/0")));
    assertEquals(p("/period/start"), out.toDocument(p("/period/start")));
    assertEquals(p(""), out.toDocument(p("")));
  }

  @Test
  void aLeftOutEntityKeepsItsIdAndAnIdNeedsALeftOutValue() {
    LeftOut out = LeftOut.of(List.of(p("/partners/2"), p("/partners/4/roles")), Map.of(p("/partners/2"), "bestuur"));
    assertEquals(Optional.of("bestuur"), out.id(p("/partners/2")));
    assertEquals(Optional.empty(), out.id(p("/partners/4/roles")));
    assertEquals(Optional.empty(), out.id(p("/partners/3")));
    assertEquals(List.of(p("/partners/2"), p("/partners/4/roles")), out.values());
    assertThrows(IllegalArgumentException.class, () -> LeftOut.of(List.of(p("/partners/2")), Map.of(p("/partners/3"), "x")));
    assertTrue(out.toString().contains("/partners/4/roles"), out::toString);
  }

  @Test
  void aPathsEntityIsItsFirstListElementOrTheProgramme() {
    assertEquals(p("/grants/2"), LeftOut.entity(p("/grants/2/allocations/1/amount")));
    assertEquals(p("/alliance/members/0"), LeftOut.entity(p("/alliance/members/0/joined")));
    assertEquals(p(""), LeftOut.entity(p("/period/start")));
    assertEquals(p(""), LeftOut.entity(p("")));
  }

  @Test
  void aFindingIsNearALeftOutValueInItsEntityOrAroundIt() {
    LeftOut out = leftOut("/grants/2/allocations/1", "/interventions/0/statusDate");
    assertEquals(Optional.of(p("/grants/2/allocations/1")), out.near(p("/grants/2/allocations/3/amount")));
    assertEquals(Optional.of(p("/grants/2/allocations/1")), out.near(p("/grants/2")));
    assertEquals(Optional.of(p("/interventions/0/statusDate")), out.near(p("/interventions/0/lead")));
    assertEquals(Optional.empty(), out.near(p("/grants/1/allocations/1/amount")));
    assertEquals(Optional.empty(), out.near(p("/interventions/1/lead")));
    assertEquals(Optional.of(p("/grants/2/allocations/1")), out.near(p("")), "a finding about the programme");
    assertEquals(Optional.of(p("/description")), leftOut("/description").near(p("/alliance/coordinator")),
        "a value of the programme itself is near a finding about the programme's own properties");
    assertEquals(Optional.empty(), leftOut("/period").near(p("/interventions/4/lead")),
        "but not near a finding inside one of its entities, whose rules read the programme's values only when present");
  }

  @Test
  void nothingLeftOutValidatesAsWithoutLeftOut() {
    Programme broken = intervention(valid(), 1, b -> b.lead("nobody"));
    assertEquals(Validator.standard().validate(broken, context()),
        Validator.standard().validate(broken, context(), LeftOut.none()));
  }

  @Test
  void findingsComeAtTheDocumentsPaths() {
    // the document's intervention 0 was left out: the programme's intervention 1 is the document's 2
    Programme broken = intervention(valid(), 1, b -> b.lead("nobody"));
    ValidationReport report = Validator.standard().validate(broken, context(),
        LeftOut.of(List.of(p("/interventions/0")), Map.of(p("/interventions/0"), "left-out")));
    assertTrue(found(report).contains("/interventions/2/lead UNRESOLVED_PARTNER_REFERENCE"), report::toString);
    assertFalse(found(report).contains("/interventions/1/lead UNRESOLVED_PARTNER_REFERENCE"), report::toString);
  }

  @Test
  void aReferenceToALeftOutEntityIsNotUnresolvedButTheRuleIsNotChecked() {
    Programme refers = with(valid(), b -> b.goals(List.of(Goal.builder().from(valid().goals().get(0))
        .addInterventions("left-out").build())));
    ValidationReport report = Validator.standard().validate(refers, context(),
        LeftOut.of(List.of(p("/interventions/3")), Map.of(p("/interventions/3"), "left-out")));
    assertFalse(found(report).stream().anyMatch(f -> f.endsWith(" UNRESOLVED_INTERVENTION_REFERENCE")), report::toString);
    Violation note = notes(report).stream().filter(v -> v.arguments().get("rule").equals("UNRESOLVED_INTERVENTION_REFERENCE"))
        .findFirst().orElseThrow(() -> new AssertionError(report.toString()));
    assertEquals(JsonPointer.root(), note.path());
    assertEquals(Severity.INFO, note.severity());
    assertEquals("/interventions/3", note.arguments().get("leftOut"));
    assertTrue(note.message().contains("UNRESOLVED_INTERVENTION_REFERENCE") && note.message().contains("/interventions/3"),
        note::message);
  }

  @Test
  void aReferenceToAnotherIdIsStillUnresolvedWhenEveryLeftOutEntityKeptItsId() {
    Programme refers = with(valid(), b -> b.goals(List.of(Goal.builder().from(valid().goals().get(0))
        .addInterventions("nowhere").build())));
    ValidationReport report = Validator.standard().validate(refers, context(),
        LeftOut.of(List.of(p("/interventions/3")), Map.of(p("/interventions/3"), "left-out")));
    assertTrue(found(report).contains("/goals/0/interventions/1 UNRESOLVED_INTERVENTION_REFERENCE"), report::toString);
    assertTrue(notes(report).isEmpty(), report::toString);
  }

  @Test
  void anyMissWhereALeftOutEntityHadNoUsableIdIsNotChecked() {
    Programme refers = with(valid(), b -> b.goals(List.of(Goal.builder().from(valid().goals().get(0))
        .addInterventions("nowhere").build())));
    ValidationReport report = Validator.standard().validate(refers, context(), leftOut("/interventions/3"));
    assertFalse(found(report).stream().anyMatch(f -> f.endsWith(" UNRESOLVED_INTERVENTION_REFERENCE")), report::toString);
    assertEquals(1, notes(report).size(), report::toString);
  }

  @Test
  void aWholeLeftOutListAnswersNoLookup() {
    Programme refers = intervention(valid(), 1, b -> b.lead("nobody"));
    ValidationReport report = Validator.standard().validate(refers, context(), leftOut("/partners"));
    assertFalse(found(report).stream().anyMatch(f -> f.endsWith(" UNRESOLVED_PARTNER_REFERENCE")), report::toString);
    assertTrue(notes(report).stream().anyMatch(v -> v.arguments().get("rule").equals("UNRESOLVED_PARTNER_REFERENCE")
        && v.arguments().get("leftOut").equals("/partners")), report::toString);
  }

  @Test
  void aPartOfOrParticipantNamingNoPartnerIsNotCheckedWhenAPartnerWasLeftOutWithoutItsId() {
    // the same miss through each way a partner is named other than a lead: partOf, and a participant
    for (Programme refers : List.of(
        partner(valid(), 1, b -> b.partOf("nobody")),
        intervention(valid(), 1, b -> b.participants(List.of("nobody"))))) {
      assertTrue(found(Validator.standard().validate(refers, context())).stream()
          .anyMatch(f -> f.endsWith(" UNRESOLVED_PARTNER_REFERENCE")), "the finding without left-out values");
      ValidationReport report = Validator.standard().validate(refers, context(), leftOut("/partners/3"));
      assertFalse(found(report).stream().anyMatch(f -> f.endsWith(" UNRESOLVED_PARTNER_REFERENCE")), report::toString);
      assertTrue(notes(report).stream().anyMatch(v -> v.arguments().get("rule").equals("UNRESOLVED_PARTNER_REFERENCE")
          && v.arguments().get("leftOut").equals("/partners/3")), report::toString);
    }
  }

  @Test
  void anEntityFoundWithALeftOutPartIsNotJudged() {
    // partner 4 (school-a) leads intervention 0; as if its IMPLEMENTING role had been unusable
    Programme withoutRole = partner(valid(), 4, b -> b.roles(Set.of(PartnerRole.EXTENDING)));
    assertTrue(found(Validator.standard().validate(withoutRole, context()))
        .contains("/interventions/0/lead IMPLEMENTER_WITHOUT_IMPLEMENTING_ROLE"), "the finding without left-out values");
    ValidationReport report = Validator.standard().validate(withoutRole, context(), leftOut("/partners/4/roles/1"));
    assertFalse(found(report).stream().anyMatch(f -> f.endsWith(" IMPLEMENTER_WITHOUT_IMPLEMENTING_ROLE")), report::toString);
    assertTrue(notes(report).stream().anyMatch(v -> v.arguments().get("rule").equals("IMPLEMENTER_WITHOUT_IMPLEMENTING_ROLE")
        && v.arguments().get("leftOut").equals("/partners/4/roles/1")), report::toString);
  }

  @Test
  void aFindingInTheEntityOfALeftOutValueBecomesOneNotePerRuleAndEntity() {
    Programme broken = intervention(intervention(valid(), 1, b -> b.lead("nobody").participants(List.of("nobody-else"))),
        2, b -> b.lead("nobody"));
    ValidationReport report = Validator.standard().validate(broken, context(), leftOut("/interventions/1/statusDate"));
    assertFalse(found(report).contains("/interventions/1/lead UNRESOLVED_PARTNER_REFERENCE"), report::toString);
    assertTrue(found(report).contains("/interventions/2/lead UNRESOLVED_PARTNER_REFERENCE"), report::toString);
    List<Violation> notes = notes(report).stream()
        .filter(v -> v.arguments().get("rule").equals("UNRESOLVED_PARTNER_REFERENCE")).toList();
    assertEquals(1, notes.size(), "one note for the lead and the participant: " + report);
    assertEquals(p("/interventions/1"), notes.get(0).path());
    assertEquals(Map.of("rule", "UNRESOLVED_PARTNER_REFERENCE", "entity", "/interventions/1",
        "leftOut", "/interventions/1/statusDate"), notes.get(0).arguments());
    assertTrue(notes.get(0).message().contains("on /interventions/1"), notes.get(0)::message);
  }

  @Test
  void aLeftOutValueOfTheProgrammeItselfHoldsBackOnlyFindingsAboutTheProgramme() {
    Programme broken = intervention(valid(), 1, b -> b.lead("nobody"));
    ValidationReport report = Validator.standard().validate(broken, context(), leftOut("/period"));
    assertTrue(found(report).contains("/interventions/1/lead UNRESOLVED_PARTNER_REFERENCE"), report::toString);
  }

  @Test
  void aRuleOnTheWholeProgrammeIsNotCheckedOnTheProgramme() {
    Programme empty = with(valid(), b -> b.interventions(List.of()).goals(List.of()).indicators(List.of()).grants(List.of()));
    assertTrue(found(Validator.standard().validate(empty, context())).contains("/interventions EMPTY_PROGRAMME"));
    ValidationReport report = Validator.standard().validate(empty, context(), leftOut("/interventions/0"));
    assertFalse(found(report).contains("/interventions EMPTY_PROGRAMME"), report::toString);
    assertTrue(notes(report).stream().anyMatch(v -> v.arguments().get("rule").equals("EMPTY_PROGRAMME")
        && v.message().contains("on the programme")), report::toString);
  }

  @Test
  void aRuleThatThrowsAfterAnUnansweredLookupLeavesNothingForTheNextRule() {
    Code throwing = Code.of("THROWS_AFTER_LOOKUP", Severity.ERROR, Category.TOOLING, "w", "y", "f");
    Code reporting = Code.of("REPORTS_PARTNER", Severity.WARNING, Category.TOOLING, "w", "y", "f");
    Validator validator = Validator.builder().withoutStandardRules()
        .add(new Rule() {
          @Override
          public Code code() {
            return throwing;
          }

          @Override
          public void check(ProgrammeIndex index, ValidationContext c, Findings findings) {
            index.partner("left-out");
            throw new IllegalStateException("boom");
          }
        })
        .add(new Rule() {
          @Override
          public Code code() {
            return reporting;
          }

          @Override
          public void check(ProgrammeIndex index, ValidationContext c, Findings findings) {
            findings.report(index.partners().get(0).path(), "partner 0");
          }
        }).build();
    ValidationReport report = validator.validate(valid(), context(),
        LeftOut.of(List.of(p("/partners/9")), Map.of(p("/partners/9"), "left-out")));
    assertEquals(Set.of(" RULE_FAILED", "/partners/0 REPORTS_PARTNER"), found(report), report::toString);
  }

  @Test
  void noRuleOfYourOwnMayTakeTheValidatorsCodes() {
    for (RuleCode code : List.of(RuleCode.RULE_FAILED, RuleCode.RULE_NOT_CHECKED)) {
      Rule rule = new Rule() {
        @Override
        public Code code() {
          return code;
        }

        @Override
        public void check(ProgrammeIndex index, ValidationContext c, Findings findings) {}
      };
      assertThrows(IllegalArgumentException.class, () -> Validator.builder().withoutStandardRules().add(rule));
    }
  }
}
