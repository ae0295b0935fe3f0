package dev.kansen.json.internal;

import dev.kansen.validation.ReadCode;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import dev.kansen.model.InvalidValueException;
import dev.kansen.validation.JsonPointer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads one JSON object property by property: remembers which properties were seen and where,
 * whether any value failed, and builds the model object only when all parts are usable. A
 * construction failure becomes a violation at the object's pointer plus the failing attribute.
 */
final class ObjectReading {
  private final ReadSession session;
  private final JsonPointer at;
  private final String type;
  private final JsonLocation start;
  // The names seen so far, in order, and where each starts. Jackson refuses duplicate names, so
  // two small arrays searched from the front serve where a map would cost more per property. The
  // lean pass records no locations, and finds duplicates itself.
  private String[] names = new String[8];
  private JsonLocation[] locations;
  private int count;
  private String name;
  private boolean failed;
  // Only when the session leaves unusable values out: the properties whose values were unusable,
  // and the object's id, to remember it by when it is left out whole.
  private List<String> unusable;
  private String id;

  private ObjectReading(ReadSession session, JsonPointer at, String type, JsonLocation start) {
    this.session = session;
    this.at = at;
    this.type = type;
    this.start = start;
    this.locations = session.lean() ? null : new JsonLocation[8];
  }

  /**
   * Starts reading an object at the current token.
   *
   * @return the reading, or null (reported) when the value is not an object
   */
  static ObjectReading start(ReadSession session, JsonPointer at, String type) throws IOException {
    if (!Values.expect(session, at, JsonToken.START_OBJECT, "an object (" + type + ")")) {
      return null;
    }
    return new ObjectReading(session, at, type, session.tokenLocation());
  }

  /**
   * Moves to the next property's value.
   *
   * @return false at the end of the object
   */
  boolean next() throws IOException {
    JsonToken token = session.next();
    if (token != JsonToken.FIELD_NAME) {
      return false;
    }
    name = session.parser().currentName();
    if (session.lean()) {
      if (indexOf(name) >= 0) {
        // the diagnostic pass reads the document again and reports it with Jackson's detection
        session.fail(ReadCode.DUPLICATE_PROPERTY, at, null, "Property appears more than once in the same object");
      }
      if (count == names.length) {
        names = Arrays.copyOf(names, count * 2);
      }
      names[count++] = name;
      session.next();
      return true;
    }
    if (count == names.length) {
      names = Arrays.copyOf(names, count * 2);
      locations = Arrays.copyOf(locations, count * 2);
    }
    names[count] = name;
    locations[count++] = session.tokenLocation();
    session.next();
    return true;
  }

  /** @return the current property's name */
  String name() {
    return name;
  }

  /** @return the current property's pointer */
  JsonPointer at() {
    // the lean pass reports nothing itself (a failure sends the document to the diagnostic pass),
    // so it builds no pointer per property
    return session.lean() ? at : at.child(name);
  }

  ReadSession session() {
    return session;
  }

  /**
   * Applies a value that was read, or marks the object failed when it could not be read.
   *
   * @param value the value, or null when reading it failed (already reported)
   * @param setter the builder method
   */
  <T> void set(T value, Consumer<T> setter) {
    if (value == null) {
      if (session.salvage() == null) {
        failed = true;
      } else {
        (unusable == null ? unusable = new ArrayList<>() : unusable).add(name);
      }
    } else {
      if (session.salvage() != null && "id".equals(name) && value instanceof String text) {
        id = text;
      }
      setter.accept(value);
    }
  }

  /**
   * Handles a property the format does not know: kept in lenient mode, reported in strict mode.
   *
   * @param keeper the builder's {@code putUnknownProperties}
   */
  void unknown(BiConsumer<String, String> keeper) throws IOException {
    if (session.lenient()) {
      keeper.accept(name, UnknownValues.capture(session));
    } else {
      rejectUnknown();
    }
  }

  /** Reports a property the format does not know, in any mode: the object cannot keep it. */
  void rejectUnknown() throws IOException {
    session.report(ReadCode.UNKNOWN_PROPERTY, at(), locations == null ? null : locations[count - 1],
        type + " has no property \"" + JacksonFailures.shorten(InvalidValueException.shorten(name)) + "\""
            + (session.lenient() ? " (a value of this type cannot keep unknown properties)" : ""));
    session.parser().skipChildren();
    // the object is usable without it: a diagnostic read that leaves unusable values out builds it
    failed |= session.salvage() == null;
  }

  /**
   * Reports each required property that was absent.
   *
   * @param names the required properties
   */
  void require(String... names) {
    for (String required : names) {
      if (indexOf(required) < 0) {
        session.report(ReadCode.MISSING_PROPERTY, at.child(required), start,
            type + " requires the property \"" + required + "\"");
        failed = true;
      } else if (unusable != null && unusable.contains(required)) {
        failed = true;
      }
    }
  }

  /**
   * Builds the object when every part was read.
   *
   * @param build calls the builder
   * @return the object, or null when a part failed or construction failed (reported)
   */
  <T> T build(Supplier<T> build) {
    return buildValue("", build);
  }

  /**
   * Like {@link #build}, for values whose factory reports failures of the whole value.
   *
   * @param attribute the property to blame when the failure names no attribute
   * @param build calls the factory
   * @return the value, or null (reported)
   */
  <T> T buildValue(String attribute, Supplier<T> build) {
    Salvage salvage = session.salvage();
    if (failed) {
      if (salvage != null) {
        salvage.leftOut(at, id);
      }
      return null;
    }
    try {
      T value = build.get();
      if (unusable != null) {
        unusable.forEach(n -> salvage.leftOut(at.child(n), null));
      }
      return value;
    } catch (InvalidValueException e) {
      if (salvage != null) {
        salvage.leftOut(at, id);
        if (unusable != null) {
          // it may fail only because of what was left out of it, which is reported already
          return null;
        }
      }
      String relative = e.attribute().isEmpty() ? attribute : e.attribute();
      JsonPointer where = at.resolve(relative);
      String first = relative.isEmpty() ? "" : relative.split("/", -1)[0];
      session.report(e.code(), where, indexOf(first) < 0 || locations == null ? start : locations[indexOf(first)],
          e.getMessage());
      return null;
    }
  }

  /** @return the index of a property seen in this object, or -1 */
  private int indexOf(String property) {
    for (int i = 0; i < count; i++) {
      if (names[i].equals(property)) {
        return i;
      }
    }
    return -1;
  }
}
