package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.kansen.json.KansenJsonException;
import dev.kansen.validation.JsonPointer;
import java.io.IOException;

/**
 * A Jackson deserializer that reads one type of the wire format with its hand-written reader.
 * It is strict when the mapper fails on unknown properties (Jackson's default) and lenient
 * otherwise; problems end in a {@link KansenJsonException}, paths relative to the value read.
 *
 * @param <T> the model type
 */
final class WireDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;
  private static final int MAX_VIOLATIONS = 100;
  private final transient Values.ValueReader<T> reader;

  /**
   * @param type the model type
   * @param reader its reader in {@link WireTypes} or {@link ValueCodecs}
   */
  WireDeserializer(Class<T> type, Values.ValueReader<T> reader) {
    super(type);
    this.reader = reader;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    boolean lenient = !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    ReadSession s = new ReadSession(p, lenient, MAX_VIOLATIONS, -1);
    T value = null;
    try {
      value = reader.read(s, JsonPointer.root());
    } catch (StopReading stop) {
      // reported below
    }
    if (!s.violations().isEmpty()) {
      throw new KansenJsonException(s.violations());
    }
    return value;
  }
}
