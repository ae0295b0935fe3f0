package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Findings speak Dutch for {@code Locale.forLanguageTag("nl")} and English otherwise. */
class DutchMessagesTest {
  private static final Validator VALIDATOR = Validator.standard();
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  static List<RuleCasesTest.Case> cases() {
    return RuleCasesTest.cases().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyFindingOfARuleHasADutchMessageFilledWithItsArguments(RuleCasesTest.Case c) {
    for (Violation v : VALIDATOR.validate(c.failing(), c.context()).violations()) {
      String dutch = v.localizedMessage(DUTCH);
      assertNotEquals(v.message(), dutch, v.messageKey());
      assertEquals(Optional.of(dutch), CodeTexts.fill(CodeTexts.translation(v.messageKey(), DUTCH).orElseThrow(),
          v.arguments(), DUTCH));
      assertFalse(dutch.matches("(?s).*\\{[A-Za-z]+(,[a-z]+(:[A-Za-z]+)?)?}.*"), dutch);
      assertEquals(v.message(), v.localizedMessage(Locale.ENGLISH));
      assertEquals(v.message(), v.localizedMessage(Locale.ROOT));
      assertEquals(v.message(), v.localizedMessage(Locale.GERMAN), "a language kansen has no texts in is English");
    }
  }

  @Test
  void dutchMessagesWriteDatesAndMoneyAsDutchReadersDo() {
    Violation v = Violation.builder().code(RuleCode.DISBURSEMENT_AFTER_CANCELLATION.name()).severity(Severity.ERROR)
        .path(JsonPointer.parse("/grants/0/transactions/2/date"))
        .message("A disbursement of EUR 12500.00 for intervention \"vve\" is dated 2024-03-01, after the intervention"
            + " was cancelled on 2024-01-15")
        .arguments(Map.of("amount", "EUR 12500.00", "intervention", "vve", "date", "2024-03-01",
            "cancelled", "2024-01-15"))
        .build();
    assertEquals("Een uitbetaling van € 12.500,00 voor interventie \"vve\" heeft als datum 1 maart 2024, na de"
        + " stopzetting van de interventie op 15 januari 2024", v.localizedMessage(DUTCH));
  }

  @Test
  void theVariantChoosesTheWordingInEveryLanguage() {
    Violation past = Violation.builder().code(RuleCode.IMPLAUSIBLE_DATE.name()).severity(Severity.WARNING)
        .path(JsonPointer.parse("/period/start")).variant("past")
        .message("The date 1921-08-01 is implausibly far in the past: before 2014-08-01")
        .arguments(Map.of("date", "1921-08-01", "earliest", "2014-08-01"))
        .build();
    assertEquals("past", past.variant().orElseThrow());
    assertEquals("IMPLAUSIBLE_DATE.message.past", past.messageKey());
    assertEquals("De datum 1 augustus 1921 ligt onwaarschijnlijk ver in het verleden: vóór 1 augustus 2014",
        past.localizedMessage(DUTCH));
    Violation unknownVariant = Violation.builder().from(past).variant("sideways").build();
    assertEquals(past.message(), unknownVariant.localizedMessage(DUTCH), "a variant no bundle has stays English");
  }

  @Test
  void aReportGivesItsMessagesInTheChosenLanguage() {
    Violation zero = Violation.builder().code(RuleCode.ZERO_GRANT_AMOUNT.name()).severity(Severity.WARNING)
        .path(JsonPointer.parse("/grants/0/amount")).message("Grant \"g\" awards EUR 0.00")
        .arguments(Map.of("grant", "g", "amount", "EUR 0.00")).build();
    Violation own = Violation.of("OUR_OWN_CODE", Severity.INFO, JsonPointer.root(), "Our own words");
    ValidationReport report = ValidationReport.of(List.of(zero, own));
    assertEquals(List.of("Our own words", "Subsidie \"g\" verleent € 0,00"), report.messages(DUTCH));
    assertEquals(List.of("Our own words", "Grant \"g\" awards EUR 0.00"), report.messages(Locale.ENGLISH));
  }

  @Test
  void aVariantIsALowerCamelCaseWord() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Violation.builder().code("ZERO_GRANT_AMOUNT").severity(Severity.WARNING).path(JsonPointer.root())
            .message("m").variant("Not a word").build());
    assertTrue(e.getMessage().contains("lower camel case"), e.getMessage());
  }

  @Test
  void aRuleOfKansenCannotWriteItsOwnEnglishSentence() {
    java.util.List<Violation> sink = new java.util.ArrayList<>();
    Findings findings = new Findings(RuleCode.ZERO_GRANT_AMOUNT.name(), Severity.WARNING, sink);
    IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> findings.report(JsonPointer.root(), "Grant g awards nothing", "grant", "g"));
    assertTrue(e.getMessage().contains("reportArguments"), e.getMessage());
    assertEquals(List.of(), sink);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
        () -> findings.reportVariant(JsonPointer.root(), "nonesuch", "grant", "g", "amount", "EUR 0.00"));
  }
}
