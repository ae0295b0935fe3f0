package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.kansen.validation.JsonPointer;
import java.io.IOException;

/**
 * Reads and writes one kind of value of the wire format: a text, a date, an enumeration constant,
 * money, or a whole object described by a {@link WireType}.
 *
 * @param <V> the value's type
 */
public interface Codec<V> extends Values.ValueReader<V> {
  /**
   * Writes a value.
   *
   * @param g the generator, where a value may follow
   * @param value the value, never null
   * @throws IOException when writing fails
   */
  void write(JsonGenerator g, V value) throws IOException;

  /**
   * Writes one value of a type.
   *
   * @param <V> the value's type
   */
  @FunctionalInterface
  interface Writer<V> {
    /**
     * @param g the generator
     * @param value the value
     * @throws IOException when writing fails
     */
    void write(JsonGenerator g, V value) throws IOException;
  }

  /**
   * @param reader reads the value
   * @param writer writes the value
   * @return a codec of the two
   * @param <V> the value's type
   */
  static <V> Codec<V> of(Values.ValueReader<V> reader, Writer<V> writer) {
    return new Codec<>() {
      @Override
      public V read(ReadSession session, JsonPointer at) throws IOException {
        return reader.read(session, at);
      }

      @Override
      public void write(JsonGenerator g, V value) throws IOException {
        writer.write(g, value);
      }
    };
  }
}
