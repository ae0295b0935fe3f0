package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds where values start in a document's text, by JSON Pointer, in one pass over the text that
 * skips every object and array holding none of the values sought.
 */
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
    return Optional.ofNullable(locateAll(factory, json, List.of(pointer)).get(pointer));
  }

  /**
   * @param factory the factory whose limits apply
   * @param json the document's UTF-8 bytes
   * @param pointers the values' pointers
   * @return the start of each value that exists, by pointer
   */
  public static Map<JsonPointer, Position> locateAll(JsonFactory factory, byte[] json, Collection<JsonPointer> pointers) {
    Map<String, JsonPointer> wanted = new HashMap<>();
    pointers.forEach(p -> wanted.put(p.toString(), p));
    // every wanted value and its ancestors: the only objects and arrays worth going into
    Set<String> within = new HashSet<>();
    for (JsonPointer p : pointers) {
      JsonPointer q = JsonPointer.root();
      within.add(q.toString());
      for (String segment : p.segments()) {
        q = q.child(segment);
        within.add(q.toString());
      }
    }
    Map<JsonPointer, Position> found = new HashMap<>();
    try (JsonParser p = factory.createParser(new StrictUtf8Reader(new ByteArrayInputStream(json)))) {
      JsonToken t;
      while (found.size() < wanted.size() && (t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        String path = p.getParsingContext().pathAsPointer().toString();
        JsonPointer at = wanted.get(path);
        if (at != null) {
          ReadViolations.position(p.currentTokenLocation()).ifPresent(pos -> found.put(at, pos));
        }
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && !within.contains(path)) {
          p.skipChildren();
        }
      }
    } catch (IOException e) {
      // the text ends or breaks: what was found so far stands
    }
    return found;
  }

  /**
   * @param pointers pointers, possibly to values that do not exist
   * @return every pointer with all its ancestors, for {@link #nearest}
   */
  public static Set<JsonPointer> withAncestors(Collection<JsonPointer> pointers) {
    Set<JsonPointer> all = new HashSet<>();
    for (JsonPointer p : pointers) {
      List<String> segments = p.segments();
      JsonPointer q = JsonPointer.root();
      all.add(q);
      for (String s : segments) {
        q = q.child(s);
        all.add(q);
      }
    }
    return all;
  }

  /**
   * @param found positions by pointer
   * @param pointer a pointer
   * @return the position of the pointer's value, or of its nearest ancestor that was found
   */
  public static Optional<Position> nearest(Map<JsonPointer, Position> found, JsonPointer pointer) {
    List<String> segments = pointer.segments();
    for (int n = segments.size(); n >= 0; n--) {
      Position pos = found.get(JsonPointer.of(segments.subList(0, n).toArray()));
      if (pos != null) {
        return Optional.of(pos);
      }
    }
    return Optional.empty();
  }
}
