package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.kansen.validation.JsonPointer;
import java.io.IOException;
import java.util.Set;

/**
 * The codec of an enumeration's constants, written by name: read from the parser's buffer without
 * making a string, written from each name's bytes, encoded once. A class of its own, so that the
 * property tables call it directly rather than through a lambda per enumeration.
 *
 * @param <E> the enumeration
 */
final class Constants<E extends Enum<E>> implements Codec<E> {
  private final Values.ValueReader<E> reader;
  private final SerializedString[] names;
  private final E[] constants;
  // each name as the compact writer writes it, quoted and encoded
  private final byte[][] quoted;

  /** @param type the enumeration */
  Constants(Class<E> type) {
    this.reader = Values.constant(type);
    E[] constants = type.getEnumConstants();
    this.constants = constants;
    this.names = new SerializedString[constants.length];
    for (E constant : constants) {
      names[constant.ordinal()] = new SerializedString(constant.name());
    }
    this.quoted = new byte[constants.length][];
    for (E constant : constants) {
      quoted[constant.ordinal()] = CompactWriter.quoted(constant.name());
    }
  }

  @Override
  public E read(ReadSession session, JsonPointer at) throws IOException {
    return reader.read(session, at);
  }

  @Override
  public void write(JsonGenerator g, E value) throws IOException {
    g.writeString(names[value.ordinal()]);
  }

  /**
   * Writes the elements of a set of constants in the order the constants are declared, which is
   * the order the model's sets of constants keep, by asking the set for each constant in turn
   * rather than iterating it (an iterator, and in the model an unmodifiable wrapper's, per set).
   *
   * @param g where to write
   * @param values a set of this enumeration's constants, not empty
   * @throws IOException when writing fails
   */
  void writeSet(JsonGenerator g, Set<?> values) throws IOException {
    int left = values.size();
    for (int i = 0; i < constants.length && left > 0; i++) {
      if (values.contains(constants[i])) {
        g.writeString(names[i]);
        left--;
      }
    }
  }

  /**
   * Writes a constant's name, as {@link #write(JsonGenerator, Enum)} does.
   *
   * @param w where to write
   * @param value the constant
   * @throws CompactWriter.GiveUp when the name is longer than the longest string
   */
  void write(CompactWriter w, E value) throws CompactWriter.GiveUp {
    int ordinal = value.ordinal();
    w.quotedString(quoted[ordinal], constants[ordinal].name().length());
  }

  /**
   * Writes the elements of a set of constants in the order the constants are declared, as
   * {@link #writeSet(JsonGenerator, Set)} does.
   *
   * @param w where to write
   * @param values a set of this enumeration's constants, not empty
   * @throws CompactWriter.GiveUp when a name is longer than the longest string
   */
  void writeSet(CompactWriter w, Set<?> values) throws CompactWriter.GiveUp {
    int left = values.size();
    for (int i = 0; i < constants.length && left > 0; i++) {
      if (values.contains(constants[i])) {
        w.quotedString(quoted[i], constants[i].name().length());
        left--;
      }
    }
  }
}
