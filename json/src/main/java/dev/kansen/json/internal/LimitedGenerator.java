package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import dev.kansen.validation.JsonPointer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A generator that refuses to write what the reader with the same limits would refuse: a string
 * or property name longer than the maximum, a number with more characters than the maximum, or
 * nesting deeper than the maximum. So what kansen writes, kansen reads back. The refusal is a
 * {@link JsonGenerationException} naming the value's JSON Pointer and the limit; nothing of the
 * value is written.
 */
public final class LimitedGenerator extends JsonGeneratorDelegate {
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final int maxNestingDepth;
  // the codecs' room to spell a short value (a date) before writing it, one per document written
  private char[] scratch;

  /**
   * @param g the generator to write through
   * @param maxStringLength the longest string the reader accepts, in characters
   * @param maxNameLength the longest property name the reader accepts, in characters
   * @param maxNumberLength the longest number the reader accepts, in characters
   * @param maxNestingDepth the deepest nesting the reader accepts
   */
  public LimitedGenerator(JsonGenerator g, int maxStringLength, int maxNameLength, int maxNumberLength,
      int maxNestingDepth) {
    super(g, false);
    this.maxStringLength = maxStringLength;
    this.maxNameLength = maxNameLength;
    this.maxNumberLength = maxNumberLength;
    this.maxNestingDepth = maxNestingDepth;
  }

  /** @return the deepest nesting the reader accepts, which this generator refuses beyond */
  int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * @return room for the characters of a short value (up to 32) about to be written as a string,
   *     shared by the values of this generator's document, so a value written takes no array of its own
   */
  char[] scratch() {
    char[] room = scratch;
    if (room == null) {
      room = new char[32];
      scratch = room;
    }
    return room;
  }

  /**
   * Writes a decimal as a string in plain notation, as an amount of money is written: reading
   * limits its text as a number, so it is refused beyond the longest number as well as the longest string.
   *
   * @param text the decimal in plain notation
   * @throws IOException when writing fails, or the text is longer than reading accepts
   */
  void writeDecimalText(String text) throws IOException {
    if (text.length() > maxNumberLength) {
      refuse("the number at " + pointer(true), text.length(), maxNumberLength, "characters");
    }
    writeString(text);
  }

  /**
   * Writes a decimal as a JSON number with the scale it has ({@code 1E+3} stays {@code 1E+3}).
   *
   * @param value the decimal
   * @param maxScale the largest scale, either way, that reading accepts
   * @throws IOException when writing fails, or the scale or the text is beyond what reading accepts
   */
  void writeDecimal(BigDecimal value, int maxScale) throws IOException {
    // widened: the scale of Integer.MIN_VALUE has no int of its size
    if (Math.abs((long) value.scale()) > maxScale) {
      throw new JsonGenerationException("the number at " + pointer(true) + " has an exponent of "
          + -(long) value.scale() + ", beyond the " + maxScale + " either way that reading accepts; kansen does not write what it cannot read back",
          this);
    }
    writeNumber(value.toString());
  }

  /**
   * Refuses a date whose year has not four digits: reading accepts dates written {@code yyyy-mm-dd} only.
   *
   * @param date the date
   * @throws JsonGenerationException always
   */
  void refuseDate(LocalDate date) throws JsonGenerationException {
    throw new JsonGenerationException("the date at " + pointer(true) + " is " + date
        + ", whose year is not one of 0000 to 9999 that reading accepts (yyyy-mm-dd); kansen does not write what it"
        + " cannot read back", this);
  }

  @Override
  public void writeStartObject() throws IOException {
    depth();
    super.writeStartObject();
  }

  @Override
  public void writeStartObject(Object forValue) throws IOException {
    depth();
    super.writeStartObject(forValue);
  }

  @Override
  public void writeStartObject(Object forValue, int size) throws IOException {
    depth();
    super.writeStartObject(forValue, size);
  }

  @Override
  public void writeStartArray() throws IOException {
    depth();
    super.writeStartArray();
  }

  @Override
  public void writeStartArray(Object forValue) throws IOException {
    depth();
    super.writeStartArray(forValue);
  }

  @Override
  public void writeStartArray(Object forValue, int size) throws IOException {
    depth();
    super.writeStartArray(forValue, size);
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    if (name.length() > maxNameLength) {
      refuse("a property name in the object at " + pointer(false), name.length(), maxNameLength, "characters");
    }
    unicode("a property name in the object at ", false, name, Surrogates.unpaired(name));
    super.writeFieldName(name);
  }

  @Override
  public void writeFieldName(SerializableString name) throws IOException {
    if (name.charLength() > maxNameLength) {
      refuse("a property name in the object at " + pointer(false), name.charLength(), maxNameLength, "characters");
    }
    super.writeFieldName(name);
  }

  @Override
  public void writeString(String text) throws IOException {
    if (text != null && text.length() > maxStringLength) {
      refuse("the string at " + pointer(true), text.length(), maxStringLength, "characters");
    }
    if (text != null) {
      unicode("the string at ", true, text, Surrogates.unpaired(text));
    }
    super.writeString(text);
  }

  @Override
  public void writeString(SerializableString text) throws IOException {
    if (text.charLength() > maxStringLength) {
      refuse("the string at " + pointer(true), text.charLength(), maxStringLength, "characters");
    }
    unicode("the string at ", true, text.getValue(), Surrogates.unpaired(text.getValue()));
    super.writeString(text);
  }

  @Override
  public void writeString(char[] text, int offset, int len) throws IOException {
    if (len > maxStringLength) {
      refuse("the string at " + pointer(true), len, maxStringLength, "characters");
    }
    int unpaired = Surrogates.unpaired(text, offset, len);
    if (unpaired >= 0) {
      unicode("the string at ", true, new String(text, offset, len), unpaired);
    }
    super.writeString(text, offset, len);
  }

  @Override
  public void writeNumber(String encodedValue) throws IOException {
    if (encodedValue != null && encodedValue.length() > maxNumberLength) {
      refuse("the number at " + pointer(true), encodedValue.length(), maxNumberLength, "characters");
    }
    super.writeNumber(encodedValue);
  }

  // The delegate passes these straight to the generator it wraps; route them through the checks.

  @Override
  public void writeStringField(String name, String value) throws IOException {
    writeFieldName(name);
    writeString(value);
  }

  @Override
  public void writeArrayFieldStart(String name) throws IOException {
    writeFieldName(name);
    writeStartArray();
  }

  @Override
  public void writeObjectFieldStart(String name) throws IOException {
    writeFieldName(name);
    writeStartObject();
  }

  @Override
  public void writeNumberField(String name, int value) throws IOException {
    writeFieldName(name);
    super.writeNumber(value);
  }

  @Override
  public void writeNumberField(String name, long value) throws IOException {
    writeFieldName(name);
    super.writeNumber(value);
  }

  @Override
  public void writeBooleanField(String name, boolean value) throws IOException {
    writeFieldName(name);
    super.writeBoolean(value);
  }

  private void depth() throws JsonGenerationException {
    int depth = getOutputContext().getNestingDepth() + 1;
    if (depth > maxNestingDepth) {
      refuse("the value at " + pointer(true) + " nests", depth, maxNestingDepth, "levels deep");
    }
  }

  /**
   * @param next true for the value about to be written (in an array, the next element; in an
   *     object, the property just named), false for the innermost object or array itself
   * @return the JSON Pointer of the value being written, as text ({@code ""} for the root)
   */
  private String pointer(boolean next) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = getOutputContext(); c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    JsonPointer at = JsonPointer.root();
    JsonStreamContext innermost = getOutputContext();
    for (JsonStreamContext c : chain) {
      if (c.inArray()) {
        at = at.index(c == innermost && next ? c.getEntryCount() : Math.max(0, c.getCurrentIndex()));
      } else if (c.getCurrentName() != null && (next || c != innermost)) {
        at = at.child(c.getCurrentName());
      }
    }
    return "\"" + at + "\"";
  }

  /**
   * Refuses a text that holds half of a surrogate pair alone, which is not Unicode text: reading
   * refuses it ({@code INVALID_TEXT}).
   *
   * @param what what is written, e.g. {@code the string at }, to which its pointer is added
   * @param next as for {@link #pointer(boolean)}
   * @param text the text
   * @param unpaired the index of its first unpaired surrogate, or -1 when it has none
   */
  private void unicode(String what, boolean next, String text, int unpaired) throws JsonGenerationException {
    if (unpaired >= 0) {
      throw new JsonGenerationException(what + pointer(next) + " holds an unpaired surrogate "
          + String.format(Locale.ROOT, "\\u%04X", (int) text.charAt(unpaired)) + " at character " + (unpaired + 1)
          + ", which is not Unicode text and which reading refuses; kansen does not write what it cannot read back", this);
    }
  }

  private void refuse(String what, long size, long limit, String unit) throws JsonGenerationException {
    throw new JsonGenerationException(what + " " + (unit.equals("levels deep") ? size + " " + unit
        : "has " + size + " " + unit) + ", more than the maximum of " + limit
        + " that reading accepts; kansen does not write what it cannot read back", this);
  }
}
