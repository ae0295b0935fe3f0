package dev.kansen.validation;

import static dev.kansen.validation.ProgrammeFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Allocation;
import dev.kansen.model.Money;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.model.Reach;
import dev.kansen.model.ReachUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private static final String OVER = "ALLOCATIONS_EXCEED_GRANT";

  /** The fixture with its grant over-allocated by one cent. */
  private static Programme overAllocated() {
    Programme v = valid();
    return grant(v, 0, b -> b.allocations(replace(v.grants().get(0).allocations(), 1,
        Allocation.of("language-at-home", Money.eur("20000.01")))));
  }

  /** A school system's own codes, as an enum: the way the catalogue's own codes are written. */
  private enum OwnCode implements Code {
    BROKEN,
    partner_without_description;

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public Category category() {
      return Category.COMPLETENESS;
    }

    @Override
    public String what(java.util.Locale locale) {
      return "A partner has no description.";
    }

    @Override
    public String why(java.util.Locale locale) {
      return "Our school system shows descriptions to parents.";
    }

    @Override
    public String fix(java.util.Locale locale) {
      return "Add a description.";
    }
  }

  /** A school system's own code, made with {@link Code#of}. */
  private static final Code PARTNER_WITHOUT_DESCRIPTION = Code.of("PARTNER_WITHOUT_DESCRIPTION", Severity.INFO,
      Category.COMPLETENESS, "A partner has no description.", "Our school system shows descriptions to parents.",
      "Add a description.");

  /** A school system's own rule: every partner has a description. */
  private static class DescribedPartners implements Rule {
    @Override
    public Code code() {
      return PARTNER_WITHOUT_DESCRIPTION;
    }

    @Override
    public void check(ProgrammeIndex programme, ValidationContext context, Findings findings) {
      List<Partner> partners = programme.programme().partners();
      for (int i = 0; i < partners.size(); i++) {
        if (partners.get(i).description().isEmpty()) {
          findings.report(JsonPointer.of("partners", i, "description"), "Partner " + partners.get(i).id()
              + " has no description", "partner", partners.get(i).id());
        }
      }
    }
  }

  @Test
  void theStandardValidatorHasAtLeast25UniqueUpperSnakeCaseCodesWithDescriptions() {
    List<Rule> rules = Validator.standard().rules();
    Set<String> codes = new HashSet<>();
    for (Rule rule : rules) {
      String code = rule.code().name();
      assertTrue(Violation.isCode(code), code);
      assertTrue(codes.add(code), "duplicate " + code);
      assertFalse(rule.description().isBlank(), code);
      assertFalse(rule.source().isBlank(), code);
      assertFalse(rule.code().fix(java.util.Locale.ENGLISH).isBlank(), code);
      assertEquals(Optional.of(rule.defaultSeverity()), Validator.standard().severity(code));
    }
    assertTrue(codes.size() >= 25, "only " + codes.size() + " codes");
  }

  @Test
  void aFaultMakesTheReportInvalidWithTheViolationsArgumentsAndMessage() {
    ValidationReport report = Validator.standard().validate(overAllocated(), context());
    assertFalse(report.valid());
    Violation v = report.withCode(OVER).get(0);
    assertEquals(Severity.ERROR, v.severity());
    assertEquals("/grants/0/allocations/1/amount", v.path().toString());
    assertEquals("limburg-venray", v.arguments().get("grant"));
    assertEquals("EUR 50000.01", v.arguments().get("allocated"));
    assertEquals("EUR 50000.00", v.arguments().get("amount"));
    assertTrue(v.message().contains("EUR 50000.01") && v.message().contains("limburg-venray"), v.message());
  }

  @Test
  void aDisabledRuleIsNotRunNorListed() {
    Validator validator = Validator.builder().disable(OVER).build();
    assertTrue(validator.validate(overAllocated(), context()).valid());
    assertTrue(validator.rules().stream().noneMatch(r -> r.code().name().equals(OVER)));
    assertEquals(Optional.empty(), validator.severity(OVER));
    assertEquals(Validator.standard().rules().size() - 1, validator.rules().size());
  }

  @Test
  void aChangedSeverityIsReportedAndDecidesValidity() {
    Validator validator = Validator.builder().severity(OVER, Severity.WARNING).build();
    ValidationReport report = validator.validate(overAllocated(), context());
    assertTrue(report.valid());
    assertEquals(List.of(Severity.WARNING), report.withCode(OVER).stream().map(Violation::severity).toList());
    assertEquals(Optional.of(Severity.WARNING), validator.severity(OVER));
    assertEquals(Optional.of(Severity.ERROR), Validator.standard().severity(OVER));
  }

  @Test
  void anAddedRuleIsListedAndReportedWithItsSeverityWhichCanBeChanged() {
    Validator validator = Validator.builder().add(new DescribedPartners()).build();
    assertEquals(PARTNER_WITHOUT_DESCRIPTION, validator.rules().get(validator.rules().size() - 1).code());
    assertEquals(Category.COMPLETENESS, validator.rules().get(validator.rules().size() - 1).category());
    ValidationReport report = validator.validate(valid(), context());
    assertTrue(report.valid());
    assertEquals(6, report.withCode("PARTNER_WITHOUT_DESCRIPTION").size());
    assertEquals("/partners/0/description", report.violations().get(0).path().toString());
    assertEquals(Severity.INFO, report.violations().get(0).severity());

    Validator stricter = Validator.builder().add(new DescribedPartners())
        .severity("PARTNER_WITHOUT_DESCRIPTION", Severity.ERROR).build();
    assertFalse(stricter.validate(valid(), context()).valid());
  }

  @Test
  void theBuilderRefusesUnknownTakenAndMalformedCodes() {
    assertThrows(IllegalArgumentException.class, () -> Validator.builder().disable("NO_SUCH_RULE"));
    assertThrows(IllegalArgumentException.class, () -> Validator.builder().severity("NO_SUCH_RULE", Severity.INFO));
    assertThrows(IllegalArgumentException.class, () -> Validator.builder().add(new DescribedPartners())
        .add(new DescribedPartners()));
    assertThrows(IllegalArgumentException.class, () -> Validator.builder().disable(OVER).severity(OVER, Severity.INFO));
    Rule malformed = new DescribedPartners() {
      @Override
      public Code code() {
        return OwnCode.partner_without_description;
      }
    };
    assertThrows(IllegalArgumentException.class, () -> Validator.builder().add(malformed));
    assertThrows(IllegalArgumentException.class, () -> Code.of("partner-without-description", Severity.INFO,
        Category.COMPLETENESS, "what", "why", "fix"));
  }

  @Test
  void aRuleThatThrowsIsReportedAsRuleFailedAndTheOtherRulesStillRun() {
    Rule broken = new DescribedPartners() {
      @Override
      public Code code() {
        return OwnCode.BROKEN;
      }

      @Override
      public void check(ProgrammeIndex programme, ValidationContext context, Findings findings) {
        findings.report(JsonPointer.root(), "half a finding");
        throw new IllegalStateException("pupil Anna, 3 pupils");
      }
    };
    ValidationReport report = Validator.builder().add(broken).build().validate(overAllocated(), context());
    assertEquals(List.of(Validator.RULE_FAILED, OVER), report.violations().stream().map(Violation::code).toList());
    Violation failed = report.violations().get(0);
    assertEquals(java.util.Map.of("rule", "BROKEN", "exception", "java.lang.IllegalStateException"), failed.arguments());
    assertEquals("Rule BROKEN failed with java.lang.IllegalStateException and could not check the programme",
        failed.message());
  }

  @Test
  void withoutStandardRulesRunsOnlyTheRulesAddedAfterwards() {
    Validator own = Validator.builder().withoutStandardRules().add(new DescribedPartners()).build();
    assertEquals(List.of(new DescribedPartners().code()), own.rules().stream().map(Rule::code).toList());
    assertEquals(List.of(), own.validate(overAllocated(), context()).withCode(OVER));
    assertTrue(own.severity(OVER).isEmpty());
    assertEquals(List.of(), Validator.builder().withoutStandardRules().build().validate(overAllocated(), context())
        .violations());
  }

  @Test
  void theSmallCellThresholdIsTheContexts() {
    ValidationContext strict = ValidationContext.builder().asOf(AS_OF).smallCellThreshold(61).build();
    List<String> paths = Validator.standard().validate(valid(), strict).withCode("SMALL_CELL").stream()
        .map(v -> v.path().toString()).toList();
    assertEquals(List.of("/indicators/0/baseline/breakdowns/0/pupils"), paths);
    assertEquals(10, context().smallCellThreshold());
  }

  @Test
  void theReachFactorIsTheContexts() {
    Programme twice = intervention(valid(), 0, b -> b.actualReach(Reach.of(17, ReachUnit.SCHOOLS)));
    assertEquals(List.of(), Validator.standard().validate(twice, context()).violations());
    ValidationContext tight = ValidationContext.builder().asOf(AS_OF).reachFactor(2).build();
    assertEquals(1, Validator.standard().validate(twice, tight).withCode("ACTUAL_REACH_IMPLAUSIBLE").size());
  }

  @Test
  void thePlausibleWindowIsTheContexts() {
    ValidationContext narrow = ValidationContext.builder().asOf(AS_OF).plausibleYearsBack(2).plausibleYearsAhead(0).build();
    List<String> paths = Validator.standard().validate(valid(), narrow).withCode("IMPLAUSIBLE_DATE").stream()
        .map(v -> v.path().toString()).toList();
    // Window 2019-12-31..2021-12-31: everything before 2020 and after 2021 is flagged.
    assertEquals(List.of("/alliance/members/0/joined", "/grants/0/budgets/0/period/start", "/grants/0/period/start",
        "/grants/0/transactions/0/date", "/grants/0/transactions/1/date", "/interventions/0/actualStart",
        "/interventions/0/planned/start", "/interventions/1/planned/end", "/interventions/2/planned/end",
        "/interventions/2/planned/start", "/period/end", "/period/start"), paths);
  }

  @Test
  void theContextRefusesThresholdsThatMakeNoSense() {
    assertThrows(IllegalArgumentException.class, () -> ValidationContext.builder().asOf(AS_OF).smallCellThreshold(0).build());
    assertThrows(IllegalArgumentException.class, () -> ValidationContext.builder().asOf(AS_OF).reachFactor(0).build());
    assertThrows(IllegalArgumentException.class, () -> ValidationContext.builder().asOf(AS_OF).plausibleYearsBack(-1).build());
  }

  @Test
  void theReportIsInDocumentOrderAndTheSameEveryTime() {
    Programme many = intervention(partner(overAllocated(), 3, b -> b.partOf("school-a")), 1, b -> b.lead("nobody"));
    ValidationReport first = Validator.standard().validate(many, context());
    ValidationReport second = Validator.standard().validate(many, context());
    assertEquals(first, second);
    assertEquals(List.of("/grants/0/allocations/1/amount", "/interventions/1/lead", "/partners/3/partOf"),
        first.violations().stream().map(v -> v.path().toString()).toList());
  }
}
