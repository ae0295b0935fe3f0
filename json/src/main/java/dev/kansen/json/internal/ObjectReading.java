package dev.kansen.json.internal;

import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ReadCode;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.JsonToken;
import dev.kansen.model.InvalidValueException;
import dev.kansen.validation.JsonPointer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads one JSON object property by property: remembers which properties were seen and where,
 * whether any value failed, and builds the model object only when all parts are usable. A
 * construction failure becomes a violation at the object's pointer plus the failing attribute.
 */
final class ObjectReading {
  private final ReadSession session;
  private JsonPointer at;
  private String type;
  private JsonLocation start;
  // The names seen so far, in order, and where each starts. Jackson refuses duplicate names, so
  // two small arrays searched from the front serve where a map would cost more per property. The
  // lean pass keeps neither: its caller marks each known property's bit in {@link #seen}, which
  // finds duplicates and absent required properties, and only the names of unknown properties
  // are kept, to find their duplicates. The arrays are kept from one object to the next (see
  // ReadSession#enterObject); names and locations are null in the lean pass.
  private String[] names;
  private JsonLocation[] locations;
  private int count;
  private String[] unknownNames;
  private String name;
  private boolean failed;
  private long seen;
  // Only when the session leaves unusable values out: the properties whose values were unusable,
  // and the object's id, to remember it by when it is left out whole.
  private List<String> unusable;
  private String id;

  /** @param session the read this reading serves, object after object at one depth of nesting */
  ObjectReading(ReadSession session) {
    this.session = session;
    if (!session.lean()) {
      names = new String[8];
      locations = new JsonLocation[8];
    }
  }

  /** Makes this reading ready for the next object, forgetting the last. */
  private ObjectReading reset(JsonPointer at, String type, JsonLocation start) {
    this.at = at;
    this.type = type;
    this.start = start;
    count = 0;
    name = null;
    failed = false;
    seen = 0;
    unusable = null;
    id = null;
    return this;
  }

  /**
   * Starts reading an object whose caller {@linkplain #mark marks} every known property it reads
   * and gives {@link #require(long, String[], int[])} the required ones as bits.
   *
   * @return the reading, or null (reported) when the value is not an object
   */
  static ObjectReading startMarked(ReadSession session, JsonPointer at, String type) throws IOException {
    // the message of the unexpected token is made only when it is reported
    if (session.parser().currentToken() != JsonToken.START_OBJECT
        && !Values.expect(session, at, JsonToken.START_OBJECT, type)) {
      return null;
    }
    return session.enterObject().reset(at, type, session.tokenLocation());
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
      // known properties are marked by the caller, unknown ones kept by unknown()
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

  /** What {@link #next(SerializableString)} found: the property expected. */
  static final int EXPECTED = 1;
  /** What {@link #next(SerializableString)} found: another property. */
  static final int OTHER = 0;
  /** What {@link #next(SerializableString)} found: the end of the object. */
  static final int END = -1;

  /**
   * Moves to the next property's value in the lean pass of a marked reading (when the session's
   * {@link ReadSession#plainNext()} holds), first trying the name expected next: Jackson compares
   * the input's bytes with the name's encoded bytes, without decoding and looking up the name.
   *
   * @param expected the name of the property expected next
   * @return {@link #EXPECTED} or {@link #OTHER} with the parser at the value, or {@link #END}
   */
  int next(SerializableString expected) throws IOException {
    JsonParser p = session.parser();
    if (p.nextFieldName(expected)) {
      name = expected.getValue();
      session.next();
      return EXPECTED;
    }
    if (p.currentToken() != JsonToken.FIELD_NAME) {
      return END;
    }
    session.checkName();
    name = p.currentName();
    session.next();
    return OTHER;
  }

  /**
   * Moves to the next property's value, in the lean pass first trying the name expected next (see
   * {@link #next(SerializableString)}); in any other pass as {@link #next()}.
   *
   * @param expected the name of the property expected next
   * @return false at the end of the object
   */
  boolean nextExpecting(SerializableString expected) throws IOException {
    return session.plainNext() && names == null ? next(expected) != END : next();
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
   * Marks a known property as seen: the bits of a marked reading stand for its names. Two marks of
   * the same bit are a duplicate property, which the lean pass reports itself (the diagnostic pass
   * reads with Jackson's duplicate detection).
   *
   * @param bit the property's number in its table, below 64
   */
  void mark(int bit) {
    long mask = 1L << bit;
    if ((seen & mask) != 0 && session.lean()) {
      session.fail(CodeMessage.variant(ReadCode.DUPLICATE_PROPERTY, "unnamed"), at, null);
    }
    seen |= mask;
  }

  /**
   * Keeps a value that was read, or marks the object failed when it could not be read.
   *
   * @param value the value, or null when reading it failed (already reported)
   * @return the value
   */
  <T> T keep(T value) {
    if (session.salvaging()) {
      return keepSalvaging(value);
    }
    if (value == null) {
      failed = true;
    }
    return value;
  }

  /** {@link #keep} in a read that leaves unusable values out. */
  private <T> T keepSalvaging(T value) {
    if (value == null) {
      (unusable == null ? unusable = new ArrayList<>() : unusable).add(name);
    } else if ("id".equals(name) && value instanceof String text) {
      id = text;
    }
    return value;
  }

  /**
   * Applies a value that was read to the builder, or marks the object failed when it could not be
   * read. The builder is passed rather than captured, so that a property table's reader makes no
   * object per property.
   *
   * @param value the value, or null when reading it failed (already reported)
   * @param builder the builder
   * @param setter the builder method
   */
  <B, T> void set(T value, B builder, BiConsumer<B, T> setter) {
    if (keep(value) != null) {
      setter.accept(builder, value);
    }
  }

  /**
   * Handles a property the format does not know: kept in lenient mode, reported in strict mode.
   *
   * @param keeper the builder's {@code putUnknownProperties}
   */
  void unknown(BiConsumer<String, String> keeper) throws IOException {
    if (session.lenient()) {
      if (names == null) {
        keepUnknownName();
      }
      keeper.accept(name, UnknownValues.capture(session));
    } else {
      rejectUnknown();
    }
  }

  /** Reports a property the format does not know, in any mode: the object cannot keep it. */
  void rejectUnknown() throws IOException {
    String property = JacksonFailures.shorten(InvalidValueException.shorten(name));
    session.report(session.lenient()
        ? CodeMessage.variant(ReadCode.UNKNOWN_PROPERTY, "valueType", "type", type, "property", property)
        : CodeMessage.of(ReadCode.UNKNOWN_PROPERTY, "type", type, "property", property),
        at(), locations == null ? null : locations[count - 1]);
    session.parser().skipChildren();
    // the object is usable without it: a diagnostic read that leaves unusable values out builds it
    failed |= !session.salvaging();
  }

  /** The lean pass of a marked reading keeps the names of unknown properties to find their duplicates. */
  private void keepUnknownName() {
    for (int i = 0; i < count; i++) {
      if (unknownNames[i].equals(name)) {
        session.fail(CodeMessage.variant(ReadCode.DUPLICATE_PROPERTY, "unnamed"), at, null);
      }
    }
    if (unknownNames == null) {
      unknownNames = new String[4];
    } else if (count == unknownNames.length) {
      unknownNames = Arrays.copyOf(unknownNames, count * 2);
    }
    unknownNames[count++] = name;
  }

  /**
   * Reports each required property that was absent, of a marked reading.
   *
   * @param mask the bits of the required properties
   * @param names the required properties
   * @param bits the bit of each of them
   */
  void require(long mask, String[] names, int[] bits) {
    if (this.names == null) {
      if ((seen & mask) != mask) {
        for (int i = 0; i < names.length; i++) {
          if ((seen & (1L << bits[i])) == 0) {
            missing(names[i]);
          }
        }
      }
    } else {
      require(names);
    }
  }

  private void missing(String required) {
    session.report(CodeMessage.of(ReadCode.MISSING_PROPERTY, "type", type, "property", required),
        at.child(required), start);
    failed = true;
  }

  /**
   * Reports each required property that was absent.
   *
   * @param names the required properties
   */
  void require(String... names) {
    for (String required : names) {
      if (indexOf(required) < 0) {
        missing(required);
      } else if (unusable != null && unusable.contains(required)) {
        failed = true;
      }
    }
  }

  /**
   * Builds the object when every part was read, with the builder passed rather than captured.
   *
   * @param build the builder's build method
   * @param builder the builder
   * @return the object, or null when a part failed or construction failed (reported)
   */
  <B, T> T build(Function<B, T> build, B builder) {
    // every object nested in this one is read: the session may hand this reading out again
    session.leaveObject();
    if (failed) {
      return leftOutWhole();
    }
    try {
      return built(build.apply(builder));
    } catch (InvalidValueException e) {
      return refused("", e);
    }
  }

  /**
   * Like {@link #build}, for a value made of two parts, passed rather than captured, whose factory
   * reports failures of the whole value.
   *
   * @param first the first part
   * @param second the second part
   * @param attribute the property to blame when the failure names no attribute
   * @param factory makes the value
   * @return the value, or null when a part failed or construction failed (reported)
   */
  <X, Y, T> T buildValue(X first, Y second, String attribute, BiFunction<X, Y, T> factory) {
    // every object nested in this one is read: the session may hand this reading out again
    session.leaveObject();
    if (failed) {
      return leftOutWhole();
    }
    try {
      return built(factory.apply(first, second));
    } catch (InvalidValueException e) {
      return refused(attribute, e);
    }
  }

  /** An object that cannot be built: a diagnostic read that leaves values out records it whole. */
  private <T> T leftOutWhole() {
    Salvage salvage = session.salvage();
    if (salvage != null) {
      salvage.leftOut(at, id);
    }
    return null;
  }

  /** An object built without its unusable values: a diagnostic read records each left out. */
  private <T> T built(T value) {
    if (unusable != null) {
      Salvage salvage = session.salvage();
      unusable.forEach(n -> salvage.leftOut(at.child(n), null));
    }
    return value;
  }

  /**
   * Reports a construction failure at the object's pointer plus the failing attribute; returns null.
   * A diagnostic read records the object as left out, and reports nothing more when the failure may
   * come only from values already left out of it.
   */
  private <T> T refused(String attribute, InvalidValueException e) {
    Salvage salvage = session.salvage();
    if (salvage != null) {
      salvage.leftOut(at, id);
      if (unusable != null) {
        return null;
      }
    }
    String relative = e.attribute().isEmpty() ? attribute : e.attribute();
    JsonPointer where = at.resolve(relative);
    String first = relative.isEmpty() ? "" : relative.split("/", -1)[0];
    session.report(e, where, indexOf(first) < 0 || locations == null ? start : locations[indexOf(first)]);
    return null;
  }

  /** @return the index of a property seen in this object, or -1 */
  private int indexOf(String property) {
    if (names == null) {
      return -1;
    }
    for (int i = 0; i < count; i++) {
      if (names[i].equals(property)) {
        return i;
      }
    }
    return -1;
  }
}
