package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.validation.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed JSON is explained in plain English, without the JSON parser's internals. */
class ReadErrorMessagesTest {
  private static final KansenJson JSON = KansenJson.strict();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"formatVersion\": 1                | The document ends before the object that starts at line 1, column 1 is closed",
      "{\"formatVersion\": 1, \"municipalities\": [  | The document ends before the array that starts at line 1, column 40 is closed",
      "{\"formatVersion\": 1, \"id\": \"abc | The document ends too early",
      "{\"formatVersion\": 1, x: 2}         | Unexpected character 'x': expected double-quote to start field name",
      "{\"formatVersion\": 1, \"id\": ?}    | Unexpected character '?': expected a valid value"})
  void explainsTheFailure(String json, String expected) {
    String message = violation(json).message();
    assertTrue(message.contains(expected), () -> "\"" + expected + "\" in: " + message);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"formatVersion\": 1",
      "[",
      "{\"formatVersion\": 1, \"id\": \"abc",
      "{\"formatVersion\": 1, \"id\"",
      "{\"formatVersion\": 1, x: 2}",
      "{\"formatVersion\": 1, \"id\": ?}",
      "{\"formatVersion\": 1, \"id\": \"a\u0001b\"}",
      "{\"formatVersion\": 1, \"id\": \"\\q\"}",
      "{\"formatVersion\": nope}"})
  void leaksNoParserInternals(String json) {
    String message = violation(json).message();
    for (String internal : new String[] {"Source:", "REDACTED", "StreamReadFeature", "(code ", "CTRL-CHAR"}) {
      assertFalse(message.contains(internal), () -> internal + " in: " + message);
    }
  }

  private static Violation violation(String json) {
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> JSON.read(json));
    return e.violations().stream().filter(v -> v.code().equals("JSON_SYNTAX")).findFirst()
        .orElseThrow(() -> new AssertionError("no JSON_SYNTAX violation: " + e.getMessage()));
  }
}
