package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Jackson's failure messages are rewritten in plain English and kept short. */
class JacksonFailuresTest {
  @Test
  void aControlCharacterIsNamedByItsCodePoint() {
    assertEquals("Illegal unquoted character (control character U+000A): has to be escaped",
        JacksonFailures.plain("Illegal unquoted character ((CTRL-CHAR, code 10)): has to be escaped"));
  }

  @Test
  void anEarlyEndSaysSoWithJacksonsDetailIfAny() {
    assertEquals("The document ends too early", JacksonFailures.plain("Unexpected end-of-input"));
    assertEquals("The document ends too early: in a String value",
        JacksonFailures.plain("Unexpected end-of-input: in a String value"));
    assertEquals("The document ends too early in field name", JacksonFailures.plain("Unexpected end-of-input in field name"));
  }

  @Test
  void messagesAreCutAfterTwoHundredCharacters() {
    String atLimit = "m".repeat(200);
    assertEquals(atLimit, JacksonFailures.shorten(atLimit));
    assertEquals(atLimit + "\u2026", JacksonFailures.shorten(atLimit + "m"));
  }
}
