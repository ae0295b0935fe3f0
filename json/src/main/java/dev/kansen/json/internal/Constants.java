package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.kansen.validation.JsonPointer;
import java.io.IOException;

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

  /** @param type the enumeration */
  Constants(Class<E> type) {
    this.reader = Values.constant(type);
    E[] constants = type.getEnumConstants();
    this.names = new SerializedString[constants.length];
    for (E constant : constants) {
      names[constant.ordinal()] = new SerializedString(constant.name());
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
}
