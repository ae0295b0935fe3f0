package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kansen.model.Programme;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lean pass compares each property name, as bytes, with the name it expects next, learned from
 * the objects it read before: what it reads never depends on that expectation. Documents whose
 * properties come in other orders, with names written as escapes, read in turn by one reader, give
 * what a stream gives; a duplicate met where a name was expected is still found.
 */
class ExpectedNamesTest {
  // numbers kept exactly as written, scale included
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

  private static Programme fromStream(KansenJson json, byte[] document) throws Exception {
    return json.read(new ByteArrayInputStream(document));
  }

  /** The same document with every object's properties in reverse order. */
  private static JsonNode reversed(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
      entries.addAll(object.properties());
      Collections.reverse(entries);
      ObjectNode copy = MAPPER.createObjectNode();
      entries.forEach(e -> copy.set(e.getKey(), reversed(e.getValue())));
      return copy;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = MAPPER.createArrayNode();
      array.forEach(e -> copy.add(reversed(e)));
      return copy;
    }
    return node;
  }

  @Test
  void documentsInOtherOrdersReadInTurnGiveWhatAStreamGives() throws Exception {
    for (java.nio.file.Path file : TestResources.jsonFiles("golden")) {
      byte[] canonical = TestResources.bytes(file);
      KansenJson json = KansenJson.lenient();
      byte[] reversed = MAPPER.writeValueAsBytes(reversed(MAPPER.readTree(canonical)));
      // "id" written with an escape: the bytes differ from the expected name's
      byte[] escaped = new String(canonical, StandardCharsets.UTF_8).replace("\"id\":", "\"\\u0069d\":")
          .getBytes(StandardCharsets.UTF_8);
      Programme expected = fromStream(json, canonical);
      for (int round = 0; round < 3; round++) {
        for (byte[] document : List.of(canonical, reversed, escaped)) {
          assertEquals(expected, json.read(document), file.toString());
        }
      }
    }
  }

  @Test
  void aDuplicateAfterTheExpectedNameIsFound() throws Exception {
    String head = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
        + "\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"}";
    KansenJson json = KansenJson.strict();
    // taught the order first, then each document repeats the property that order expects
    json.read((head + "}").getBytes(StandardCharsets.UTF_8));
    for (String document : List.of(head + ",\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"}}",
        "{\"formatVersion\":\"1.0\",\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"}}",
        head.replace("\"end\":\"2020-12-31\"", "\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"") + "}")) {
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      KansenJsonException fromBytes = assertThrows(KansenJsonException.class, () -> json.read(bytes));
      KansenJsonException fromStream = assertThrows(KansenJsonException.class,
          () -> json.read(new ByteArrayInputStream(bytes)));
      assertEquals(fromStream.violations(), fromBytes.violations(), document);
      assertEquals("DUPLICATE_PROPERTY", fromBytes.violations().get(0).code(), document);
    }
  }
}
