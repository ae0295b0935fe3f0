package dev.kansen.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ViolationTest {

  @ParameterizedTest
  @ValueSource(strings = {"UNRESOLVED_PARTNER", "A", "IATI_7_5_3", "X1"})
  void codesAreUpperSnakeCase(String code) {
    assertEquals(code, Violation.of(code, Severity.ERROR, JsonPointer.root(), "m").code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "lower", "Mixed_Case", "_LEADING", "TRAILING_", "DOUBLE__UNDERSCORE", "1ST", "WITH SPACE",
      "HYPHEN-ATED"})
  void otherCodesAreRejected(String code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Violation.of(code, Severity.ERROR, JsonPointer.root(), "m"));
    assertEquals("Violation.code must be UPPER_SNAKE_CASE, but was \"" + code + "\"", e.getMessage());
  }

  @Test
  void aBlankMessageIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Violation.of("CODE", Severity.INFO, JsonPointer.root(), " "));
    assertEquals("Violation.message must not be blank", e.getMessage());
  }

  @Test
  void aViolationCarriesArgumentsAndAPosition() {
    Violation v = Violation.builder().code("UNRESOLVED_PARTNER").severity(Severity.ERROR)
        .path(JsonPointer.of("interventions", 0, "lead")).message("Lead \"x\" is not a partner")
        .putArguments("lead", "x").position(new Position(3, 14)).build();
    assertEquals(Map.of("lead", "x"), v.arguments());
    assertEquals(Optional.of(new Position(3, 14)), v.position());
    assertEquals("/interventions/0/lead ERROR UNRESOLVED_PARTNER: Lead \"x\" is not a partner", v.toString());
    assertEquals("/ WARNING EMPTY_PROGRAMME: m", Violation.of("EMPTY_PROGRAMME", Severity.WARNING, JsonPointer.root(), "m")
        .toString());
  }

  @Test
  void withSeverityChangesOnlyTheSeverity() {
    Violation v = Violation.of("CODE", Severity.ERROR, JsonPointer.of("a"), "m");
    Violation w = v.withSeverity(Severity.WARNING);
    assertEquals(Severity.WARNING, w.severity());
    assertEquals(v, w.withSeverity(Severity.ERROR));
  }

  @Test
  void positionsCountFromOne() {
    assertEquals("12:5", new Position(12, 5).toString());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Position(0, 1));
    assertEquals("Position line and column count from 1, but were 0:1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Position(1, 0));
  }

  @Test
  void aMessageInAnotherLanguageFillsThatLanguagesPatternWithTheArgumentsAndElseIsTheEnglishOne() {
    Violation zero = Violation.builder().code("ZERO_GRANT_AMOUNT").severity(Severity.WARNING)
        .path(JsonPointer.parse("/grants/0/amount")).message("Grant \"g\" awards EUR 0.00")
        .putArguments("grant", "g").putArguments("amount", "EUR 0.00").build();
    java.util.Locale esperanto = java.util.Locale.forLanguageTag("eo");
    assertEquals("Subvencio \"g\" donas EUR 0.00", zero.localizedMessage(esperanto));
    assertEquals(zero.message(), zero.localizedMessage(java.util.Locale.ENGLISH));
    assertEquals(zero.message(), zero.localizedMessage(java.util.Locale.forLanguageTag("fy")));
    Violation funder = Violation.builder().code("UNRESOLVED_FUNDER").severity(Severity.ERROR)
        .path(JsonPointer.parse("/grants/0/funder")).message("Grant \"g\" has funder \"x\"")
        .putArguments("grant", "g").build();
    assertEquals(funder.message(), funder.localizedMessage(esperanto), "a pattern naming a missing argument is not used");
  }
}
