package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A Jackson serializer that writes one type of the wire format with its hand-written writer.
 *
 * @param <T> the model type
 */
final class WireSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;
  private final transient Codec.Writer<T> writer;

  /**
   * @param type the model type
   * @param writer its writer in {@link WireTypes} or {@link ValueCodecs}
   */
  WireSerializer(Class<T> type, Codec.Writer<T> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    writer.write(g, value);
  }
}
