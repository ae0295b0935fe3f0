package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kansen.json.KansenJson;
import dev.kansen.model.Programme;
import dev.kansen.testing.ProgrammeGenerator;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The adversary of the position table's lookup and of its count of lines and columns eight bytes
 * at a time: every answer is the one {@link Locator} finds by reading the text again (for a pointer
 * to no value, the position of its nearest enclosing value), whatever the line ends and characters
 * around the eight-byte boundaries, whatever the names look like, and however many pointers are
 * asked, which cost work linear in the document, not in the pointers times the document.
 */
class PositionTableLookupTest {
  private static final JsonFactories.Limits LIMITS = new JsonFactories.Limits(64, 1_000_000, 100, 16L << 20);
  private static final JsonFactory FACTORY = JsonFactories.of(LIMITS, -1);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},";

  private static PositionTable read(byte[] json) throws IOException {
    PositionTable table = PositionTable.forDocument(json);
    try (JsonParser p = JsonFactories.lean(LIMITS, -1).createParser(json)) {
      // lenient: the documents here carry unknown properties, which a lenient read keeps
      new DocumentReader(true, 100).document(p, false, true, table);
    }
    assertTrue(table.usable());
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

  /** @return every value's pointer, in document order */
  private static List<JsonPointer> everyValue(byte[] json) throws IOException {
    List<JsonPointer> all = new ArrayList<>();
    pointers(MAPPER.readTree(json), JsonPointer.root(), all);
    return all;
  }

  /** Asks the table for all the pointers at once and holds each answer against the locator's. */
  private static PositionTable placesAsTheLocator(byte[] json, List<JsonPointer> asked) throws IOException {
    PositionTable table = read(json);
    List<Optional<Position>> found = table.nearest(asked);
    // the locator's position of each value, or of its nearest enclosing value
    Map<JsonPointer, Position> existing = Locator.locateAll(FACTORY, json, Locator.withAncestors(asked));
    for (int i = 0; i < asked.size(); i++) {
      JsonPointer p = asked.get(i);
      assertEquals(Locator.nearest(existing, p), found.get(i), p.toString());
    }
    return table;
  }

  /**
   * Asks the table for each pointer alone, so that the lookups step over values and never hash
   * them (each call may step over as many values as the document holds), and holds each answer
   * against the locator's.
   */
  private static void placesEachAloneAsTheLocator(byte[] json, List<JsonPointer> asked) throws IOException {
    PositionTable table = read(json);
    Map<JsonPointer, Position> existing = Locator.locateAll(FACTORY, json, Locator.withAncestors(asked));
    for (JsonPointer p : asked) {
      assertEquals(List.of(Locator.nearest(existing, p)), table.nearest(List.of(p)), p.toString());
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Characters of one to four bytes, escapes, and line ends of every kind. */
  private static final String[] PIECES = {"a", "\u00e9", "\u20ac", "\ud83d\ude00", "\\\"", "\\\\", "\\u00e9", "\\n", " ", "1234567"};
  private static final String[] BREAKS = {"", " ", "\n", "\r", "\r\n", "\n\r", "\r\r\n", "\t"};

  private static String piece(SplittableRandom random, String[] from) {
    return from[random.nextInt(from.length)];
  }

  /** A random value: objects, arrays, strings of random characters, numbers and literals, with random white space between tokens. */
  private static void value(SplittableRandom random, int depth, StringBuilder out) {
    int kind = depth > 4 ? 2 + random.nextInt(3) : random.nextInt(5);
    switch (kind) {
      case 0 -> {
        out.append('{');
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
          out.append(i > 0 ? "," : "").append(piece(random, BREAKS)).append("\"n").append(i).append(piece(random, PIECES))
              .append('"').append(piece(random, BREAKS)).append(':').append(piece(random, BREAKS));
          value(random, depth + 1, out);
        }
        out.append(piece(random, BREAKS)).append('}');
      }
      case 1 -> {
        out.append('[');
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
          out.append(i > 0 ? "," : "").append(piece(random, BREAKS));
          value(random, depth + 1, out);
        }
        out.append(piece(random, BREAKS)).append(']');
      }
      case 2 -> {
        out.append('"');
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
          out.append(piece(random, PIECES));
        }
        out.append('"');
      }
      case 3 -> out.append(random.nextInt(-1000, 1000));
      default -> out.append(random.nextBoolean() ? "true" : "null");
    }
  }

  @Test
  void everyValueOfRandomTextIsPlacedAsTheLocatorPlacesIt() throws IOException {
    for (int seed = 0; seed < 300; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      StringBuilder text = new StringBuilder(HEAD).append(piece(random, BREAKS)).append("\"x\":");
      // every offset modulo eight before the values
      text.append(" ".repeat(seed % 8)).append(piece(random, BREAKS));
      value(random, 0, text);
      text.append(piece(random, BREAKS)).append('}').append(piece(random, BREAKS));
      byte[] json = utf8(text.toString());
      placesAsTheLocator(json, everyValue(json));
      placesEachAloneAsTheLocator(json, everyValue(json));
    }
  }

  @Test
  void aValueRightBeforeOrAfterALineEndOrAWideCharacterAtEveryOffsetIsPlaced() throws IOException {
    String[] around = {"\n", "\r", "\r\n", "\u00e9", "\u20ac", "\ud83d\ude00"};
    for (String thing : around) {
      for (int pad = 0; pad < 17; pad++) {
        String inString = thing.startsWith("\n") || thing.startsWith("\r") ? "" : thing;
        String text = HEAD + "\"x\":[\"" + "y".repeat(pad) + inString + "\"," + (inString.isEmpty() ? thing : "") + "1,"
            + "\"" + inString.repeat(pad % 9) + "\"" + (inString.isEmpty() ? thing.repeat(pad % 3) : "") + ",[true]]}";
        byte[] json = utf8(text);
        placesAsTheLocator(json, everyValue(json));
      }
    }
  }

  @Test
  void theFirstAndTheLastValueArePlaced() throws IOException {
    byte[] json = utf8(HEAD + "\r\n\"x\":[1,[2,{\"y\":[\"\ud83d\ude00\",\r\"last\"]}]]}");
    PositionTable table = placesAsTheLocator(json, List.of(JsonPointer.root(), JsonPointer.parse("/x/1/1/y/1")));
    assertEquals(List.of(Optional.of(new Position(1, 1)), Optional.of(new Position(3, 1))),
        table.nearest(List.of(JsonPointer.root(), JsonPointer.parse("/x/1/1/y/1"))));
  }

  /** Names and indexes that could be taken for one another, and pointers to values that are not there. */
  private static final String TRICKY = HEAD + "\"x\":{\"0\":{\"0\":[10,11]},\"00\":\"zero zero\",\"1\":[],\"a/b\":1,\"a~b\":2,"
      + "\"a\\u002Fc\":3,\"\":4,\"n\":{\"n\":{\"n\":[{\"n\":5}]}},\"e\":{},\"\u00e9\":[[],[[]],{}]},"
      + "\"n\":[{\"n\":6},\"\\\"\",7],\"y\":[0,1,2,3,4,5,6,7,8,9,10,11]}";
  private static final List<String> TRICKY_POINTERS = List.of("/x/0", "/x/0/0", "/x/0/0/1", "/x/0/0/01", "/x/0/0/2",
      "/x/00", "/x/000", "/x/1", "/x/1/0", "/x/01", "/x/a~1b", "/x/a~0b", "/x/a~1c", "/x/a", "/x/", "/x//", "/x/n/n/n/0/n",
      "/x/n/n/n/1", "/x/n/n/n/0/n/n", "/x/e/0", "/x/e/e", "/x/\u00e9/1/0", "/x/\u00e9/1/0/0", "/x/\u00e9/2/k", "/n/0/n",
      "/n/1", "/n/1/x", "/n/2", "/n/3", "/n/-", "/n/-1", "/n/+1", "/n/1e0", "/y/10", "/y/010", "/y/12", "/y/9999999999",
      "/y/2147483648", "/title/x", "/nothing", "/nothing/0", "/alliance/name/0", "");

  @Test
  void namesThatLookLikeIndexesEscapedNamesAndMissingValuesArePlaced() throws IOException {
    byte[] json = utf8(TRICKY);
    List<JsonPointer> asked = TRICKY_POINTERS.stream().map(JsonPointer::parse).toList();
    placesEachAloneAsTheLocator(json, asked);
    placesAsTheLocator(json, asked);
    placesEachAloneAsTheLocator(json, everyValue(json));
    placesAsTheLocator(json, everyValue(json));
  }

  @Test
  void afterTheLookupsHashEveryValueTheAnswersAreTheSame() throws IOException {
    // a long array whose elements are asked from the last: stepping over them for each would cost
    // their number squared, so the table hashes every value and answers the rest from the hash
    StringBuilder text = new StringBuilder(TRICKY.substring(0, TRICKY.length() - 1)).append(",\"z\":[");
    int n = 3_000;
    for (int i = 0; i < n; i++) {
      text.append(i > 0 ? "," : "").append("{\"v\":").append(i).append('}');
    }
    byte[] json = utf8(text.append("]}").toString());
    List<JsonPointer> asked = new ArrayList<>();
    for (int i = n - 1; i >= 0; i -= 7) {
      asked.add(JsonPointer.parse("/z/" + i + "/v"));
    }
    TRICKY_POINTERS.forEach(p -> asked.add(JsonPointer.parse(p)));
    asked.add(JsonPointer.parse("/z/" + n));
    asked.add(JsonPointer.parse("/z/0/w"));
    PositionTable table = placesAsTheLocator(json, asked);
    // the values: the document's, each at most once stepped over and once hashed, and a few per pointer asked
    int values = everyValue(json).size();
    assertTrue(table.steps() <= 3L * values + 8L * asked.size(), () -> table.steps() + " steps for " + values + " values");
  }

  @Test
  void manyPointersIntoAWideObjectCostWorkLinearInTheDocument() throws IOException {
    StringBuilder text = new StringBuilder(HEAD).append("\"x\":{");
    int n = 4_000;
    for (int i = 0; i < n; i++) {
      text.append(i > 0 ? "," : "").append("\"p").append(i).append("\":[").append(i).append(']');
    }
    byte[] json = utf8(text.append("}}").toString());
    List<JsonPointer> asked = new ArrayList<>();
    for (int i = 0; i < n; i += 3) {
      asked.add(JsonPointer.parse("/x/p" + i + "/0"));
      asked.add(JsonPointer.parse("/x/q" + i));
    }
    Collections.shuffle(asked, new java.util.Random(1));
    PositionTable table = placesAsTheLocator(json, asked);
    int values = everyValue(json).size();
    assertTrue(table.steps() <= 3L * values + 8L * asked.size(), () -> table.steps() + " steps for " + values + " values");
  }

  @Test
  void aFewPointersAreFoundWithoutHashingTheDocument() throws IOException {
    byte[] json = utf8(HEAD + "\"x\":[" + "{\"a\":[1,2,3]},".repeat(2_000) + "{\"a\":[4]}]}");
    PositionTable table = placesAsTheLocator(json, List.of(JsonPointer.parse("/x/2000/a/0"), JsonPointer.parse("/x/3/a/2"),
        JsonPointer.parse("/alliance/name")));
    // stepping over 2,000 elements and a few names, not hashing the 10,000 values
    assertTrue(table.steps() < 2_100, () -> table.steps() + " steps");
  }

  private static byte[] edit(String json, UnaryOperator<String> change) {
    return utf8(change.apply(json));
  }

  @Test
  void everyValueOfGeneratedProgrammesIsPlacedAsTheLocatorPlacesIt() throws IOException {
    KansenJson writer = KansenJson.lenient();
    for (int seed = 0; seed < 4; seed++) {
      Programme programme = ProgrammeGenerator.programme(new SplittableRandom(seed), ProgrammeGenerator.Shape.REALISTIC);
      String compact = writer.writeCompact(programme);
      String indented = writer.write(programme);
      for (byte[] json : List.of(edit(compact, s -> s), edit(indented, s -> s.replace("\n", "\r\n")),
          edit(indented, s -> s.replace("\n", "\r")),
          edit(compact, s -> s.replace("\"name\":\"", "\"name\":\"\u00e9\u20ac\ud83d\ude00 ")))) {
        placesAsTheLocator(json, everyValue(json));
      }
    }
  }

  @Test
  void aTableMissingAContainerIsNotUsable() throws IOException {
    byte[] json = utf8("{\"a\":[1,{\"b\":2}]}");
    PositionTable table = PositionTable.forDocument(json);
    try (JsonParser p = FACTORY.createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.START_ARRAY) {
          table.record(p, t);
        }
      }
    }
    assertFalse(table.usable());
  }
}
