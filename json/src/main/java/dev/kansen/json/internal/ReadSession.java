package dev.kansen.json.internal;

import dev.kansen.model.InvalidValueException;
import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ReadCode;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One read of one document: the parser, the mode, and the violations found so far. Reading goes
 * on after a content error so that one pass reports as much as is sensible, up to a cap.
 */
public final class ReadSession {
  private final JsonParser parser;
  private final boolean lenient;
  private final int maxViolations;
  private final long maxLength;
  // where the document's first token starts, once it is read; -1 before
  private long start;
  private final boolean positions;
  private final List<Violation> violations = new ArrayList<>();
  /** Where a diagnostic read that leaves unusable values out records them; null in every other read. */
  private Salvage salvage;
  /** Where a read that validates next records where its values start; null in every other read. */
  private PositionTable positionTable;
  /** False when the input is known to hold no escaped surrogate half, so no text need be searched for one. */
  private boolean surrogates = true;
  /** Whether {@link #next()} only advances the parser: no positions to record, no length to enforce, no text to search. */
  private boolean advanceOnly;
  /** The readings of the objects being read, by depth of nesting, each reused for the next object at its depth. */
  private ObjectReading[] readings = new ObjectReading[8];
  private int depth;
  /** The lists that arrays' elements are read into, by depth of nesting of arrays, each reused for the next array at its depth. */
  private ArrayList<Object>[] lists = newLists(4);
  private int listDepth;

  /**
   * @param parser the parser, positioned before the document's first token
   * @param lenient whether unknown properties are kept rather than rejected
   * @param maxViolations the most violations to collect before stopping
   * @param maxLength the most characters this document may span, or -1 when the parser's own
   *     document-length constraint applies
   */
  public ReadSession(JsonParser parser, boolean lenient, int maxViolations, long maxLength) {
    this(parser, lenient, maxViolations, maxLength, true);
  }

  /**
   * @param parser the parser, positioned before the document's first token
   * @param lenient whether unknown properties are kept rather than rejected
   * @param maxViolations the most violations to collect before stopping
   * @param maxLength the most characters this document may span, or -1 when the parser's own
   *     document-length constraint applies
   * @param positions false for a read that only decides whether the document is valid: it records
   *     no positions ahead of need and stops at the first violation, since the caller reads an
   *     invalid document again to report its violations
   */
  public ReadSession(JsonParser parser, boolean lenient, int maxViolations, long maxLength, boolean positions) {
    this.positions = positions;
    this.parser = parser;
    this.lenient = lenient;
    this.maxViolations = maxViolations;
    this.maxLength = maxLength;
    this.start = -1;
  }

  /** Makes this read record where every value starts, in {@code table}. */
  void recordPositions(PositionTable table) {
    positionTable = table;
    advanceOnly = positionTable == null && maxLength < 0 && !surrogates;
  }

  /** Makes this read leave unusable values out and record them, so that the rest can be checked. */
  void leaveOutUnusable() {
    salvage = new Salvage();
  }

  /**
   * Tells this read that its input holds no JSON escape of half a surrogate pair (see
   * {@link Utf8#scan}) and was well-formed UTF-8, so that no string or name can hold an unpaired
   * surrogate and none is searched for one.
   */
  void withoutSurrogateEscapes() {
    surrogates = false;
    advanceOnly = positionTable == null && maxLength < 0;
  }

  /**
   * @return the reading for an object that starts now, one deeper than the object being read;
   *     it serves until the object is built ({@link #leaveObject()}), and then the next object at
   *     the same depth, so that a read makes no reading per object
   */
  ObjectReading enterObject() {
    if (depth == readings.length) {
      readings = Arrays.copyOf(readings, depth * 2);
    }
    ObjectReading reading = readings[depth];
    if (reading == null) {
      reading = readings[depth] = new ObjectReading(this);
    }
    depth++;
    return reading;
  }

  /** Ends the reading of the innermost object being read: its last property has been read. */
  void leaveObject() {
    depth--;
  }

  @SuppressWarnings("unchecked")
  private static ArrayList<Object>[] newLists(int length) {
    return (ArrayList<Object>[]) new ArrayList<?>[length];
  }

  /**
   * @return an empty list to read an array's elements into, one deeper than the arrays being
   *     read; {@link #giveBack(ArrayList)} makes it the next array's at the same depth, so that a read
   *     makes no list per array
   */
  ArrayList<Object> borrowList() {
    if (listDepth == lists.length) {
      lists = Arrays.copyOf(lists, listDepth * 2);
    }
    ArrayList<Object> list = lists[listDepth];
    if (list == null) {
      list = lists[listDepth] = new ArrayList<>();
    }
    listDepth++;
    return list;
  }

  /** Empties the list {@link #borrowList()} gave last, once its elements have been copied. */
  void giveBack(ArrayList<Object> list) {
    list.clear();
    listDepth--;
  }

  /** @return where left-out values are recorded; null unless {@link #leaveOutUnusable()} was called */
  Salvage salvage() {
    return salvage;
  }

  /**
   * @return whether this read leaves unusable values out ({@link #salvage()} is not null). The
   *     per-value checks ask this rather than {@link #salvage()}: a method whose signature names a
   *     class not yet loaded (no other read loads {@link Salvage}) is never inlined by the JIT.
   */
  boolean salvaging() {
    return salvage != null;
  }

  JsonParser parser() {
    return parser;
  }

  boolean lenient() {
    return lenient;
  }

  /** @return the violations found so far, in the order found */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Advances to the next token, enforcing the per-document length for sequences.
   *
   * @return the next token, or null at the end of input
   * @throws IOException when the parser fails
   */
  JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (advanceOnly) {
      // the lean pass of a document without escaped surrogate halves: one test per token
      return token;
    }
    if (positionTable != null) {
      positionTable.record(parser, token);
    }
    if (maxLength >= 0 && length() > maxLength) {
      fail(CodeMessage.variant(ReadCode.INPUT_TOO_LARGE, "characters", "max", maxLength), pointer(),
          parser.currentLocation());
    }
    if (!surrogates) {
      return token;
    }
    if (token == JsonToken.VALUE_STRING) {
      int at = Surrogates.unpaired(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
      if (at >= 0) {
        unpaired("string", parser.getTextCharacters()[parser.getTextOffset() + at], at);
      }
    } else if (token == JsonToken.FIELD_NAME) {
      checkName();
    }
    return token;
  }

  /** Reports the current property name when it holds an unpaired surrogate. */
  void checkName() throws IOException {
    if (!surrogates) {
      return;
    }
    String name = parser.currentName();
    int at = Surrogates.unpaired(name);
    if (at >= 0) {
      unpaired("name", name.charAt(at), at);
    }
  }

  /**
   * @return whether {@link #next()} does nothing but advance the parser, check texts for unpaired
   *     surrogates and record where values start: the lean pass of a whole document, which has no
   *     length of its own to enforce, so that a caller may move the parser over a property name
   *     itself and {@link #checkName()}. A {@link PositionTable} records no names, only values, and
   *     every value is still reached through {@link #next()}, so recording keeps this pass.
   */
  boolean plainNext() {
    return !positions && maxLength < 0;
  }

  /**
   * Reports a string or name that is not Unicode text: it holds half of a surrogate pair alone.
   *
   * @param variant {@code string} or {@code name}, the variant of the message
   */
  private void unpaired(String variant, char half, int index) {
    report(CodeMessage.variant(ReadCode.INVALID_TEXT, variant, "surrogate", String.format(Locale.ROOT, "\\u%04X", (int) half),
        "index", index + 1), pointer(), parser.currentTokenLocation());
  }

  /**
   * @return whether this is the lean pass that only decides whether a document is valid: it
   *     builds no pointers or positions, and stops at the first problem
   */
  boolean lean() {
    return !positions;
  }

  /** @return where the current token starts, or null when this read records no positions */
  JsonLocation tokenLocation() {
    return positions ? parser.currentTokenLocation() : null;
  }

  /**
   * How many characters (bytes, for a parser of bytes) the document spans so far: from the start
   * of its first token, so that the comma and white space before an element of an array do not
   * count towards the element's length.
   */
  private long length() {
    if (start < 0) {
      JsonLocation first = parser.currentTokenLocation();
      start = Math.max(first.getCharOffset(), first.getByteOffset());
    }
    return offset(parser) - start;
  }

  private static long offset(JsonParser p) {
    JsonLocation location = p.currentLocation();
    return Math.max(location.getCharOffset(), location.getByteOffset());
  }

  private JsonPointer pointer() {
    return ReadViolations.pointer(parser.getParsingContext());
  }

  /**
   * Records the violation of a value the model refused, with the message's variant and arguments
   * so that it can be written in another language; stops the read once the cap is reached.
   *
   * @param refused the model's exception
   * @param at where
   * @param location where in the text
   */
  void report(InvalidValueException refused, JsonPointer at, JsonLocation location) {
    Violation violation = ReadViolations.of(refused.code(), at, location, refused.getMessage());
    if (refused.codeMessage().isPresent()) {
      violation = Violation.builder().from(violation)
          .arguments(refused.codeMessage().get().arguments())
          .variant(refused.codeMessage().get().variant())
          .build();
    }
    record(violation, at, location);
  }

  private void record(Violation violation, JsonPointer at, JsonLocation location) {
    if (!positions) {
      violations.add(violation);
      throw new StopReading();
    }
    if (violations.size() >= maxViolations - 1) {
      violations.add(ReadViolations.of(CodeMessage.of(ReadCode.TOO_MANY_VIOLATIONS, "limit", maxViolations),
          at, location));
      throw new StopReading();
    }
    violations.add(violation);
  }

  /** Records a violation whose message comes from the bundle; stops the read once the cap is reached. */
  void report(CodeMessage message, JsonPointer at, JsonLocation location) {
    record(ReadViolations.of(message, at, location), at, location);
  }

  /** Records a violation whose message comes from the bundle, and ends the read. */
  void fail(CodeMessage message, JsonPointer at, JsonLocation location) {
    violations.add(ReadViolations.of(message, at, location));
    throw new StopReading();
  }

  /** Replaces everything found so far by one violation, whose message comes from the bundle, that ends the read. */
  void failAlone(CodeMessage message, JsonPointer at, JsonLocation location) {
    violations.clear();
    fail(message, at, location);
  }
}
