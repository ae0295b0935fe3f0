package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The position table that one read of a document's bytes fills: for every value, and for a
 * pointer to no value its nearest enclosing one, the same line and column as {@link Locator}
 * finds by reading the text again, whatever the line ends, characters and size of the document.
 */
class PositionTableTest {
  private static final JsonFactories.Limits LIMITS = new JsonFactories.Limits(64, 1_000_000, 100, 16L << 20);
  private static final JsonFactory FACTORY = JsonFactories.of(LIMITS, -1);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static PositionTable read(byte[] json, boolean lenient) throws IOException {
    PositionTable table = PositionTable.forDocument(json);
    try (JsonParser p = JsonFactories.lean(LIMITS, -1).createParser(json)) {
      new DocumentReader(lenient, 100).document(p, false, true, table);
    }
    return table;
  }

  private static void pointers(JsonNode node, JsonPointer at, List<JsonPointer> into) {
    into.add(at);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        pointers(e.getValue(), at.child(e.getKey()), into);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        pointers(node.get(i), at.index(i), into);
      }
    }
  }

  /** Every value's position in the table is the one the locator finds in the text. */
  private static void placesEveryValueAsTheLocator(byte[] json, boolean lenient) throws IOException {
    PositionTable table = read(json, lenient);
    assertTrue(table.usable());
    List<JsonPointer> all = new ArrayList<>();
    pointers(MAPPER.readTree(json), JsonPointer.root(), all);
    Map<JsonPointer, Position> expected = Locator.locateAll(FACTORY, json, all);
    List<Optional<Position>> found = table.nearest(all);
    for (int i = 0; i < all.size(); i++) {
      assertEquals(Optional.ofNullable(expected.get(all.get(i))), found.get(i), all.get(i).toString());
    }
  }

  private static byte[] golden(String name) throws IOException {
    try (InputStream in = PositionTableTest.class.getResourceAsStream("/golden/" + name)) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"every-property.json", "den-bosch-2021.json", "cohort-tables.json", "facts-and-areas-1.1.json"})
  void everyValueOfAGoldenDocumentIsWhereTheLocatorFindsIt(String name) throws IOException {
    placesEveryValueAsTheLocator(golden(name), true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\r\n", "\r", "\n\n"})
  void everyLineEndCountsAsOneLine(String end) throws IOException {
    String text = new String(golden("every-property.json"), StandardCharsets.UTF_8).replace("\n", end);
    placesEveryValueAsTheLocator(text.getBytes(StandardCharsets.UTF_8), false);
  }

  @Test
  void charactersOfTwoThreeAndFourBytesCountAsTheParserCountsThem() throws IOException {
    String text = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"\u00EFn \u20AC \uD83D\uDE00\uD83D\uDE00\",\n"
        + "  \"description\":\"\u00E9\u00E9\u00E9\",\"alliance\":{\"name\":\"\uD83D\uDE00\"},\"themes\":[\"LANGUAGE\"]}";
    placesEveryValueAsTheLocator(text.getBytes(StandardCharsets.UTF_8), false);
  }

  @Test
  void valuesNestedDeeplyInAKeptUnknownPropertyArePlaced() throws IOException {
    String deep = "[".repeat(40) + "1" + "]".repeat(40);
    String text = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},\n\"x\":"
        + deep + ",\"y\":{\"a\":{\"b\":[{\"c\":2}]}}}";
    placesEveryValueAsTheLocator(text.getBytes(StandardCharsets.UTF_8), true);
  }

  @Test
  void moreValuesThanTheTableFirstHoldsArePlaced() throws IOException {
    String many = "[" + "1,".repeat(3_000) + "1]";
    String text = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},\"x\":"
        + many + ",\"y\":[[],{},\"\u00E9\",2]}";
    placesEveryValueAsTheLocator(text.getBytes(StandardCharsets.UTF_8), true);
  }

  @Test
  void aPointerToNoValueIsPlacedAtItsNearestEnclosingValue() throws IOException {
    byte[] json = golden("every-property.json");
    PositionTable table = read(json, false);
    List<JsonPointer> asked = List.of(JsonPointer.parse("/partners/99"), JsonPointer.parse("/partners/01"),
        JsonPointer.parse("/partners/1234567890"), JsonPointer.parse("/partners/-1"), JsonPointer.parse("/partners/"),
        JsonPointer.parse("/nothing/here"), JsonPointer.parse("/partners/0/nothing"), JsonPointer.parse("/partners/1x"),
        JsonPointer.parse("/partners/0/identifiers/9"));
    List<JsonPointer> nearest = List.of(JsonPointer.parse("/partners"), JsonPointer.parse("/partners"),
        JsonPointer.parse("/partners"), JsonPointer.parse("/partners"), JsonPointer.parse("/partners"),
        JsonPointer.root(), JsonPointer.parse("/partners/0"), JsonPointer.parse("/partners"),
        JsonPointer.parse("/partners/0/identifiers"));
    Map<JsonPointer, Position> expected = Locator.locateAll(FACTORY, json, nearest);
    List<Optional<Position>> found = table.nearest(asked);
    for (int i = 0; i < asked.size(); i++) {
      assertEquals(Optional.of(expected.get(nearest.get(i))), found.get(i), asked.get(i).toString());
    }
  }

  @Test
  void aTableOfADocumentNotReadIsNotUsableAndPlacesNothing() {
    PositionTable table = PositionTable.forDocument("{}".getBytes(StandardCharsets.UTF_8));
    assertFalse(table.usable());
    assertEquals(List.of(Optional.empty()), table.nearest(List.of(JsonPointer.root())));
  }

  @Test
  void aDiscardedTableIsNotUsable() throws IOException {
    PositionTable table = read(golden("every-property.json"), false);
    table.discard();
    assertFalse(table.usable());
  }

  @Test
  void aDocumentWithAByteOrderMarkHasNoTable() {
    assertNull(PositionTable.forDocument(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}));
    assertNull(PositionTable.forDocument(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    assertTrue(PositionTable.forDocument(new byte[] {(byte) 0xEF, (byte) 0xBB, '{', '}'}) != null);
    assertTrue(PositionTable.forDocument(new byte[] {(byte) 0xEF, '{', (byte) 0xBF, '}'}) != null);
    assertTrue(PositionTable.forDocument(new byte[] {'{', (byte) 0xBB, (byte) 0xBF, '}'}) != null);
    assertTrue(PositionTable.forDocument(new byte[] {(byte) 0xEF, (byte) 0xBB}) != null);
  }
}
