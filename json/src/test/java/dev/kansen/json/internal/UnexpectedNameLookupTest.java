package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.kansen.model.Programme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The lean pass finds a property it did not expect by comparing its name by reference with the
 * names after the last property read, and otherwise by its text: a parser whose names are not
 * interned, and objects whose properties come back to front, read as in the diagnostic pass.
 */
class UnexpectedNameLookupTest {
  private static final JsonFactories.Limits LIMITS = new JsonFactories.Limits(64, 1_000_000, 100, 16L << 20);
  private static final String DOCUMENT = "{\"formatVersion\":\"1.1\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
      + "\"partners\":["
      + "{\"description\":\"d\",\"type\":\"SCHOOL_BOARD\",\"name\":\"N\",\"id\":\"a\"},"
      + "{\"id\":\"b\",\"description\":\"e\",\"name\":\"M\",\"type\":\"CHILDCARE\"},"
      + "{\"id\":\"c\",\"type\":\"SCHOOL_BOARD\",\"name\":\"O\",\"partOf\":\"a\"}]}";

  private static Programme lean(JsonFactory factory) throws IOException {
    try (JsonParser p = factory.createParser(DOCUMENT.getBytes(StandardCharsets.UTF_8))) {
      return new DocumentReader(false, 100).document(p, false);
    }
  }

  @Test
  void namesThatAreNotInternedAreFoundByTheirText() throws IOException {
    JsonFactory notInterned = JsonFactories.lean(LIMITS, -1).rebuild()
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();
    Programme read;
    try (JsonParser p = JsonFactories.of(LIMITS, -1).createParser(DOCUMENT)) {
      read = new DocumentReader(false, 100).document(p, true);
    }
    assertEquals(read, lean(notInterned));
    assertEquals(read, lean(notInterned));
    assertEquals(read, lean(JsonFactories.lean(LIMITS, -1)));
    assertEquals("a", read.partners().get(2).partOf().orElseThrow());
    assertEquals("CHILDCARE", read.partners().get(1).type().name());
  }
}
