package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Keeps the values of unknown properties as compact JSON text and writes them back. Numbers are
 * copied as their exact text, so nothing is lost to binary floating point.
 */
final class UnknownValues {
  // A kept value was read within the limits of the instance that kept it (or set by a caller), and
  // is written through the limited generator, which holds it to the writing instance's limits and
  // refuses with its pointer: Jackson's own default limits (strings of 20,000,000 characters,
  // numbers of 1,000, nesting of 1,000 levels) are not another, lower limit on it.
  private static final StreamReadConstraints UNLIMITED_READ = StreamReadConstraints.builder()
      .maxStringLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE)
      .maxNestingDepth(Integer.MAX_VALUE).build();
  private static final StreamWriteConstraints UNLIMITED_WRITE = StreamWriteConstraints.builder()
      .maxNestingDepth(Integer.MAX_VALUE).build();
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(UNLIMITED_READ).streamWriteConstraints(UNLIMITED_WRITE).build();
  /** Checks kept values: one JSON value, without a name repeated in any of its objects. */
  private static final JsonFactory CHECKING = JsonFactory.builder().streamReadConstraints(UNLIMITED_READ)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private UnknownValues() {}

  /**
   * @param session the read, positioned at the first token of a value
   * @return the value as compact JSON text; the parser is left at the value's last token
   * @throws IOException when the parser fails
   */
  static String capture(ReadSession session) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      copy(session.parser(), g, session);
    }
    return text.toString();
  }

  /**
   * Writes a kept value back through a generator, so that it is indented like the rest.
   *
   * @param json the compact JSON text of a value
   * @param g the generator
   * @throws IOException when the text is not one JSON value
   */
  static void write(String json, JsonGenerator g) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() == null) {
        throw new IOException("empty");
      }
      copy(parser, g, null);
      if (parser.nextToken() != null) {
        throw new IOException("more than one value");
      }
    }
  }

  /**
   * Checks that a kept value is exactly one JSON value, with no name repeated in any of its
   * objects, before anything of it is written. The check goes no deeper than {@code deepest}
   * levels: a value nested deeper is refused by the generator as it is written, with its pointer,
   * so the check's work (a parser's context per level) is bounded by the limit, not by the text.
   *
   * @param name the property's name, for the message
   * @param json the kept text
   * @param deepest the deepest nesting the generator writes
   * @throws IllegalArgumentException when it is not
   */
  static void check(String name, String json, int deepest) {
    try (JsonParser parser = CHECKING.createParser(json)) {
      JsonToken t = parser.nextToken();
      if (t == null) {
        throw new IOException("it is empty");
      }
      for (int depth = 0; ; t = parser.nextToken()) {
        if (t.isStructStart() && ++depth > deepest) {
          return;
        }
        if (t.isStructEnd()) {
          depth--;
        }
        if (depth == 0) {
          break;
        }
      }
      if (parser.nextToken() != null) {
        throw new IOException("more than one value follows");
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("unknownProperties holds \"" + JacksonFailures.shorten(name)
          + "\" whose value is not one JSON value: " + JacksonFailures.shorten(String.valueOf(e.getMessage())), e);
    }
  }

  /**
   * @param g a generator
   * @return the deepest nesting it writes: the limit of a {@link LimitedGenerator}, else its own
   *     constraint's
   */
  static int deepest(JsonGenerator g) {
    return g instanceof LimitedGenerator limited ? limited.maxNestingDepth()
        : g.streamWriteConstraints().getMaxNestingDepth();
  }

  /** Copies the value at the parser's current token, iteratively, numbers as their exact text. */
  private static void copy(JsonParser p, JsonGenerator g, ReadSession session) throws IOException {
    int depth = 0;
    JsonToken t = p.currentToken();
    while (true) {
      switch (t) {
        case START_OBJECT -> {
          g.writeStartObject();
          depth++;
        }
        case START_ARRAY -> {
          g.writeStartArray();
          depth++;
        }
        case END_OBJECT -> {
          g.writeEndObject();
          depth--;
        }
        case END_ARRAY -> {
          g.writeEndArray();
          depth--;
        }
        // while reading, an unpaired surrogate is already reported (INVALID_TEXT) and the copy is
        // discarded; replacing it keeps the generator from failing on it
        case FIELD_NAME -> g.writeFieldName(session == null ? p.currentName() : Surrogates.replaced(p.currentName()));
        case VALUE_STRING -> g.writeString(session == null ? p.getText() : Surrogates.replaced(p.getText()));
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
        case VALUE_TRUE -> g.writeBoolean(true);
        case VALUE_FALSE -> g.writeBoolean(false);
        case VALUE_NULL -> g.writeNull();
        default -> throw new IOException("Unexpected token " + t);
      }
      if (depth == 0) {
        return;
      }
      t = session == null ? p.nextToken() : session.next();
      if (t == null) {
        throw new IOException("The value ends early");
      }
    }
  }
}
