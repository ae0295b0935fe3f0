package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

  /** The reader's own codes whose messages come from the bundle. */
  private static final Set<ReadCode> FROM_BUNDLE = Set.of(ReadCode.EMPTY_DOCUMENT, ReadCode.DUPLICATE_PROPERTY,
      ReadCode.MISSING_PROPERTY, ReadCode.TOO_MANY_VIOLATIONS, ReadCode.TRAILING_CONTENT);

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
      assertFalse(dutch.matches("(?s).*\\b(appears|requires|empty|expected|Stopped|follows)\\b.*"), dutch);
      assertEquals(v.message(), v.localizedMessage(Locale.ENGLISH));
    }
  }
}
