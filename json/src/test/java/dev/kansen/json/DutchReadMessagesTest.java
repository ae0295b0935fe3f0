package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.validation.Codes;
import dev.kansen.validation.ReadCode;
import dev.kansen.validation.ValueCode;
import dev.kansen.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A value the model refuses while reading is reported with the message's variant and arguments, so
 * the finding speaks Dutch as the rules' findings do.
 */
class DutchReadMessagesTest {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  static List<NegativeCase> cases() {
    return NegativeCase.all().stream()
        .filter(c -> Codes.find(c.code()).filter(ValueCode.class::isInstance).isPresent())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aRefusedValueIsReportedInDutchForDutch(NegativeCase c) {
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> c.reader().read(c.bytes()));
    List<Violation> refused = e.violations().stream().filter(v -> v.code().equals(c.code())).toList();
    assertFalse(refused.isEmpty(), e::getMessage);
    for (Violation v : refused) {
      assertFalse(v.arguments().isEmpty(), v::toString);
      String dutch = v.localizedMessage(DUTCH);
      assertNotEquals(v.message(), dutch, v.messageKey());
      assertFalse(dutch.matches("(?s).*\\{[A-Za-z]+(,[a-z]+)?}.*"), dutch);
      assertEquals(v.message(), v.localizedMessage(Locale.ENGLISH));
    }
  }

  /** The reader's own codes: every one takes its messages from the bundle. */
  private static final Set<ReadCode> FROM_BUNDLE = Set.of(ReadCode.values());

  /** Words of the English messages that no Dutch message has. */
  private static final String ENGLISH_WORDS = "(?s).*\\b(appears|requires|empty|expected|Expected|Stopped|follows|found|"
      + "Malformed|Unexpected|must|occurs|holds|exceeds|longer|has no|is not a|the)\\b.*";

  static List<NegativeCase> readCases() {
    return NegativeCase.all().stream()
        .filter(c -> Codes.find(c.code()).filter(FROM_BUNDLE::contains).isPresent())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readCases")
  void aReadingProblemIsReportedInDutchForDutch(NegativeCase c) {
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> c.reader().read(c.bytes()));
    List<Violation> found = e.violations().stream().filter(v -> v.code().equals(c.code())).toList();
    assertFalse(found.isEmpty(), e::getMessage);
    for (Violation v : found) {
      String dutch = v.localizedMessage(DUTCH);
      assertNotEquals(v.message(), dutch, v.messageKey());
      assertFalse(dutch.matches("(?s).*\\{[A-Za-z]+(,[a-z]+)?}.*"), dutch);
      assertFalse(dutch.matches(ENGLISH_WORDS), dutch);
      assertEquals(v.message(), v.localizedMessage(Locale.ENGLISH));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntaxErrors")
  void aSyntaxErrorIsDutchForDutchAndItsEnglishIsJacksonsPlainWording(String document) {
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> KansenJson.strict().read(document));
    Violation v = e.violations().stream().filter(x -> x.code().equals(ReadCode.JSON_SYNTAX.name())).findFirst()
        .orElseThrow(() -> new AssertionError(e.getMessage()));
    assertTrue(v.variant().isPresent(), v::toString);
    assertTrue(v.message().startsWith("Malformed JSON: "), v::toString);
    String dutch = v.localizedMessage(DUTCH);
    assertTrue(dutch.startsWith("Ongeldige JSON: "), dutch);
    assertFalse(dutch.matches(ENGLISH_WORDS), dutch);
  }

  static List<String> syntaxErrors() {
    return List.of("{\"formatVersion\": 1", "[", "{\"a\": \"abc", "{\"a\"", "{\"a\": 1, x: 2}", "{\"a\": ?}",
        "{\"a\": \"a\u0001b\"}", "{\"a\": \"\\q\"}", "{\"a\": nope}", "{\"a\" 1}", "{\"a\": 1 \"b\": 2}",
        "{\"a\": [1 2]}", "{\"a\": 01}", "{\"a\": -}", "{\"a\": 1.}", "{\"a\": NaN}", "{\"a\": +1}",
        "{\"a\": \"\\u12\"}", "{\"a\": 1e}", "]", "{\"a\": 1]}", "{\"a\": [1}", "{\"a\": \"x\"/");
  }

  @org.junit.jupiter.api.Test
  void aWrongTypeNamesBothTypesInDutch() {
    KansenJsonException e = assertThrows(KansenJsonException.class,
        () -> KansenJson.strict().read("{\"formatVersion\": \"1.1\", \"id\": 7}"));
    Violation v = e.violations().stream().filter(x -> x.code().equals("WRONG_TYPE")).findFirst().orElseThrow();
    assertEquals("Expected a string but found an integer", v.message());
    assertEquals("Hier hoort een tekst, maar er staat een geheel getal", v.localizedMessage(DUTCH));
  }
}
