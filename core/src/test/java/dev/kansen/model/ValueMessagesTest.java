package dev.kansen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.model.id.BrinCode;
import dev.kansen.model.id.OrganisationId;
import dev.kansen.model.id.RioOnderwijslocatieCode;
import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ValueCode;
import dev.kansen.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The model's refusals take their message from the message bundle, as the rules' findings do: the
 * exception's English message is its {@link CodeMessage}'s, and the same message speaks Dutch.
 */
class ValueMessagesTest {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static InvalidValueException refused(org.junit.jupiter.api.function.Executable build) {
    return assertThrows(InvalidValueException.class, build);
  }

  @Test
  void everyRefusalsMessageIsItsBundlePatternFilledWithItsArguments() {
    List<InvalidValueException> refusals = List.of(
        refused(() -> Money.of(new BigDecimal("-5.00"), "EUR")),
        refused(() -> Money.of(new BigDecimal("5.001"), "EUR")),
        refused(() -> Money.of(BigDecimal.ONE, "EURO")),
        refused(() -> BrinCode.of("16sw")),
        refused(() -> RioOnderwijslocatieCode.of("123A123")),
        refused(() -> OrganisationId.parse("NLKVK")),
        refused(() -> SchoolYear.parse("2023/2024")),
        refused(() -> DateRange.of("2024-08-01", "2024-07-31")),
        new InvalidValueException(new String[] {"id", "name"}));
    for (InvalidValueException e : refusals) {
      CodeMessage message = e.codeMessage().orElseThrow();
      assertEquals(message.english(), e.getMessage());
      assertEquals(e.valueCode(), message.code());
      assertNotEquals(e.getMessage(), message.in(DUTCH), message.key());
      assertEquals(e.getMessage(), message.in(Locale.ENGLISH));
    }
  }

  @Test
  void theEnglishWordingIsWhatItWas() {
    assertEquals("Money.amount must not be negative, but was -5.00",
        refused(() -> Money.of(new BigDecimal("-5.00"), "EUR")).getMessage());
    assertEquals("DateRange.end 2024-07-31 is before its start 2024-08-01",
        refused(() -> DateRange.of("2024-08-01", "2024-07-31")).getMessage());
    assertEquals("Cannot build without the required attributes id, name",
        new InvalidValueException(new String[] {"id", "name"}).getMessage());
  }

  @Test
  void aRefusalSpeaksDutchWithDutchDates() {
    CodeMessage inverted = refused(() -> DateRange.of("2024-08-01", "2024-07-31")).codeMessage().orElseThrow();
    assertEquals("De periode eindigt op 31 juli 2024, vóór haar begin op 1 augustus 2024", inverted.in(DUTCH));
    Violation v = inverted.at(JsonPointer.parse("/period/end"));
    assertEquals(ValueCode.DATE_RANGE_INVERTED.name(), v.code());
    assertEquals(inverted.in(DUTCH), v.localizedMessage(DUTCH));
    assertEquals(inverted.english(), v.message());
    assertEquals(LocalDate.parse("2024-07-31").toString(), v.arguments().get("end"));
  }

  @Test
  void aCodeMessageRefusesAMessageOfAnotherFamilyAndAMissingPattern() {
    assertThrows(IllegalArgumentException.class, () -> new InvalidValueException("", "x",
        CodeMessage.of(dev.kansen.validation.RuleCode.ZERO_GRANT_AMOUNT, "grant", "g", "amount", "EUR 0.00")));
    assertThrows(IllegalStateException.class, () -> CodeMessage.variant(ValueCode.BLANK_TEXT, "nonesuch").english());
    assertThrows(IllegalArgumentException.class, () -> CodeMessage.of(ValueCode.BLANK_TEXT, "type"));
  }
}
