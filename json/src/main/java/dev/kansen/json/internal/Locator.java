package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/** Finds where the value at a JSON Pointer starts in a document's text. */
public final class Locator {
  private Locator() {}

  /**
   * @param factory the factory whose limits apply
   * @param json the document's UTF-8 bytes
   * @param pointer the value's pointer
   * @return the line and column where the value starts; empty when there is no such value or the
   *     text cannot be read up to it
   */
  public static Optional<Position> locate(JsonFactory factory, byte[] json, JsonPointer pointer) {
    String target = pointer.toString();
    try (JsonParser p = factory.createParser(new StrictUtf8Reader(new ByteArrayInputStream(json)))) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        if (p.getParsingContext().pathAsPointer().toString().equals(target)) {
          return ReadSession.position(p.currentTokenLocation());
        }
      }
    } catch (IOException e) {
      // the text ends or breaks before the value: nothing to point at
    }
    return Optional.empty();
  }
}
