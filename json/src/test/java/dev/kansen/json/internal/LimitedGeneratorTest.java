package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * Every way of writing a name, a string, a number or a nested value goes through the limits: at
 * the limit it is written as the plain generator writes it, beyond it is refused with the value's
 * JSON Pointer and the limit, and nothing of it is written.
 */
class LimitedGeneratorTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Some writing through a generator. */
  @FunctionalInterface
  private interface Writing {
    void to(JsonGenerator g) throws IOException;
  }

  /** @return what the writing gives through a generator with small limits (names 4, strings 5, numbers 3, depth 3) */
  private static String limited(Writing writing) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new LimitedGenerator(FACTORY.createGenerator(out), 5, 4, 3, 3)) {
      writing.to(g);
    }
    return out.toString();
  }

  private static String plain(Writing writing) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      writing.to(g);
    }
    return out.toString();
  }

  /** @return the refusal's message, after checking that nothing of the refused value reached the output */
  private static String refused(Writing before, Writing value) throws IOException {
    StringWriter out = new StringWriter();
    JsonGenerator g = new LimitedGenerator(FACTORY.createGenerator(out), 5, 4, 3, 3);
    before.to(g);
    g.flush();
    String written = out.toString();
    JsonGenerationException e = assertThrows(JsonGenerationException.class, () -> value.to(g));
    g.flush();
    assertEquals(written, out.toString(), "nothing of the refused value is written");
    assertTrue(e.getOriginalMessage().endsWith("; kansen does not write what it cannot read back"),
        e.getOriginalMessage());
    return e.getOriginalMessage();
  }

  @Test
  void valuesAtEveryLimitAreWrittenAsThePlainGeneratorWritesThem() throws IOException {
    Writing atLimits = g -> {
      g.writeStartObject();
      g.writeStringField("abcd", "12345");
      g.writeNumberField("n", 123);
      g.writeNumberField("l", 99L);
      g.writeBooleanField("b", true);
      g.writeFieldName(new SerializedString("wxyz"));
      g.writeString("vwxyz".toCharArray(), 0, 5);
      g.writeFieldName("num");
      g.writeNumber("1.5");
      g.writeArrayFieldStart("a");
      g.writeStartArray(null);
      g.writeEndArray();
      g.writeStartObject(null);
      g.writeEndObject();
      g.writeStartArray(null, 0);
      g.writeEndArray();
      g.writeStartObject(null, 0);
      g.writeEndObject();
      g.writeEndArray();
      g.writeObjectFieldStart("o");
      g.writeArrayFieldStart("deep");
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    };
    assertEquals(plain(atLimits), limited(atLimits));
  }

  @Test
  void everyWayOfWritingANameRefusesOneLongerThanTheLimit() throws IOException {
    Writing object = JsonGenerator::writeStartObject;
    String expected = "a property name in the object at \"\" has 5 characters, more than the maximum of 4";
    for (Writing name : new Writing[] {
        g -> g.writeFieldName("abcde"),
        g -> g.writeFieldName(new SerializedString("abcde")),
        g -> g.writeStringField("abcde", "x"),
        g -> g.writeNumberField("abcde", 1),
        g -> g.writeNumberField("abcde", 1L),
        g -> g.writeBooleanField("abcde", false),
        g -> g.writeArrayFieldStart("abcde"),
        g -> g.writeObjectFieldStart("abcde")}) {
      String message = refused(object, name);
      assertTrue(message.startsWith(expected), message);
    }
  }

  @Test
  void stringsAndNumbersLongerThanTheLimitAreRefusedWithTheirPointer() throws IOException {
    Writing inArray = g -> {
      g.writeStartObject();
      g.writeFieldName("list");
      g.writeStartArray();
      g.writeString("ok");
    };
    assertTrue(refused(inArray, g -> g.writeString("123456")).startsWith(
        "the string at \"/list/1\" has 6 characters, more than the maximum of 5"));
    assertTrue(refused(inArray, g -> g.writeString("x123456y".toCharArray(), 1, 6)).startsWith(
        "the string at \"/list/1\" has 6 characters, more than the maximum of 5"));
    assertTrue(refused(inArray, g -> g.writeNumber("1234")).startsWith(
        "the number at \"/list/1\" has 4 characters, more than the maximum of 3"));
    Writing named = g -> {
      g.writeStartObject();
      g.writeFieldName("s");
    };
    assertTrue(refused(named, g -> g.writeString("123456")).startsWith("the string at \"/s\" has 6"));
  }

  @Test
  void everyWayOfOpeningAValueRefusesNestingBeyondTheLimit() throws IOException {
    Writing threeDeep = g -> {
      g.writeStartArray();
      g.writeStartArray();
      g.writeStartObject();
      g.writeFieldName("x");
    };
    String expected = "the value at \"/0/0/x\" nests 4 levels deep, more than the maximum of 3";
    for (Writing deeper : new Writing[] {
        JsonGenerator::writeStartArray,
        g -> g.writeStartArray(null),
        g -> g.writeStartArray(null, 0),
        JsonGenerator::writeStartObject,
        g -> g.writeStartObject(null),
        g -> g.writeStartObject(null, 0)}) {
      String message = refused(threeDeep, deeper);
      assertTrue(message.startsWith(expected), message);
    }
  }

  @Test
  void everyWayOfWritingAStringRefusesOneLongerThanTheLimit() throws IOException {
    Writing inArray = g -> {
      g.writeStartArray();
      g.writeString("ok");
    };
    String expected = "the string at \"/1\" has 6 characters, more than the maximum of 5";
    for (Writing string : new Writing[] {
        g -> g.writeString("123456"),
        g -> g.writeString("x123456y".toCharArray(), 1, 6),
        g -> g.writeString(new SerializedString("123456"))}) {
      String message = refused(inArray, string);
      assertTrue(message.startsWith(expected), message);
    }
    assertEquals(plain(g -> g.writeString(new SerializedString("12345"))),
        limited(g -> g.writeString(new SerializedString("12345"))));
  }

  @Test
  void everyWayOfWritingAStringRefusesAnUnpairedSurrogate() throws IOException {
    Writing inArray = g -> {
      g.writeStartArray();
      g.writeString("ok");
    };
    String expected = "the string at \"/1\" holds an unpaired surrogate \\uD800 at character 2";
    for (Writing string : new Writing[] {
        g -> g.writeString("a\uD800"),
        g -> g.writeString("xa\uD800y".toCharArray(), 1, 2),
        g -> g.writeString(new SerializedString("a\uD800"))}) {
      String message = refused(inArray, string);
      assertTrue(message.startsWith(expected), message);
    }
    String first = "the string at \"/1\" holds an unpaired surrogate \\uDC00 at character 1";
    for (Writing string : new Writing[] {
        g -> g.writeString("\uDC00a"),
        g -> g.writeString("x\uDC00ay".toCharArray(), 1, 2),
        g -> g.writeString(new SerializedString("\uDC00a"))}) {
      String message = refused(inArray, string);
      assertTrue(message.startsWith(first), message);
    }
    Writing paired = g -> g.writeString(new SerializedString("\uD83D\uDE00"));
    assertEquals(plain(paired), limited(paired));
  }
}
