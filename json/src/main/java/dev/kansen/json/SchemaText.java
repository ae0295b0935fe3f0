package dev.kansen.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schema of the wire format, loaded once, on first use. */
final class SchemaText {
  private static final String RESOURCE = "kansen-programme.schema.json";

  /** The schema's text. */
  static final String TEXT = load();

  private SchemaText() {}

  private static String load() {
    try (InputStream in = KansenJson.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("kansen-json is packaged without " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
