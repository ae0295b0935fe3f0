package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import dev.kansen.json.KansenJson;
import dev.kansen.json.KansenJsonException;
import dev.kansen.model.Programme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The property tables: what is written (required and defaulted properties always, optional ones
 * when present, lists when not empty, kept unknown properties last in name order), and that the
 * lean pass, which guesses the next property from the last object of the type, reads objects in
 * any property order as the diagnostic pass does.
 */
class WireTypeTest {
  private static final JsonFactories.Limits LIMITS = new JsonFactories.Limits(64, 1_000_000, 100, 16L << 20);
  private static final String HEAD = "{\"formatVersion\":\"1.1\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"}";

  private static Programme lean(boolean lenient, String document) throws IOException {
    try (JsonParser p = JsonFactories.lean(LIMITS, -1).createParser(document)) {
      return new DocumentReader(lenient, 100).document(p, false);
    }
  }

  private static Programme full(boolean lenient, String document) throws IOException {
    try (JsonParser p = JsonFactories.of(LIMITS, -1).createParser(document)) {
      return new DocumentReader(lenient, 100).document(p, true);
    }
  }

  private static Programme both(boolean lenient, String document) throws IOException {
    Programme read = lean(lenient, document);
    assertEquals(full(lenient, document), read);
    return read;
  }

  @ParameterizedTest
  @ValueSource(strings = {"every-property.json", "den-bosch-2021.json", "cohort-tables.json", "facts-and-areas-1.1.json",
      "limburg-2018.json"})
  void everyGoldenDocumentReadsInTheLeanPassAsInTheDiagnosticPass(String name) throws IOException {
    String document;
    try (InputStream in = WireTypeTest.class.getResourceAsStream("/golden/" + name)) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Programme read = both(true, document);
    // and once more, now that the lean pass expects the properties in the order just read
    assertEquals(read, both(true, document));
    // its money, date ranges, age ranges, reach and identifiers written back read the same
    assertEquals(read, both(true, KansenJson.lenient().writeCompact(read)));
  }

  @Test
  void aLeanPassToldThatNoTextHoldsASurrogateEscapeReadsAsTheOthers() throws IOException {
    String document = HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"N \ud83d\ude00\",\"type\":\"SCHOOL_BOARD\"}]}";
    Programme read;
    try (JsonParser p = JsonFactories.lean(LIMITS, -1).createParser(document.getBytes(StandardCharsets.UTF_8))) {
      read = new DocumentReader(false, 100).document(p, false, false, null);
    }
    assertEquals(both(false, document), read);
  }

  @Test
  void aLoneSurrogateInAnUnexpectedPropertyNameIsInvalidTextInTheLeanPass() {
    String document = HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"N\",\"type\":\"SCHOOL_BOARD\",\"\ud83dx\":1}]}";
    assertEquals(List.of("INVALID_TEXT"), assertThrows(KansenJsonException.class, () -> lean(true, document))
        .violations().stream().map(v -> v.code()).toList());
  }

  @Test
  void aTableListsItsPropertiesInTheOrderTheyAreWritten() {
    assertEquals(List.of("id", "name", "type"), WireTypes.PARTNER.properties().stream().limit(3)
        .map(Property::name).toList());
    assertEquals(List.of(true, true, true, false), WireTypes.PARTNER.properties().stream().limit(4)
        .map(Property::required).toList());
    assertEquals("Partner", WireTypes.PARTNER.type());
    assertEquals(List.of(Property.Shape.SINGLE, Property.Shape.LIST, Property.Shape.SET), WireTypes.PARTNER.properties()
        .stream().skip(2).limit(3).map(Property::shape).toList());
  }

  @Test
  void objectsOfOneTypeInChangingPropertyOrdersReadInTheLeanPassAsInTheDiagnosticPass() throws IOException {
    String document = HEAD + ",\"partners\":["
        + "{\"id\":\"a\",\"name\":\"N\",\"type\":\"SCHOOL_BOARD\",\"description\":\"d\"},"
        + "{\"type\":\"CHILDCARE\",\"description\":\"e\",\"id\":\"b\",\"name\":\"M\"},"
        + "{\"id\":\"c\",\"name\":\"O\",\"type\":\"SCHOOL_BOARD\"},"
        + "{\"name\":\"P\",\"id\":\"d\",\"type\":\"SCHOOL_BOARD\",\"partOf\":\"a\"},"
        + "{\"id\":\"e\",\"name\":\"Q\",\"type\":\"SCHOOL_BOARD\",\"description\":\"f\"},"
        + "{\"id\":\"f\",\"name\":\"R\",\"type\":\"SCHOOL_BOARD\",\"description\":\"g\"}]}";
    Programme read = both(false, document);
    assertEquals(List.of("a", "b", "c", "d", "e", "f"), read.partners().stream().map(x -> x.id()).toList());
    assertEquals("CHILDCARE", read.partners().get(1).type().name());
    assertEquals("e", read.partners().get(1).description().orElseThrow());
    assertEquals("a", read.partners().get(3).partOf().orElseThrow());
    assertEquals("g", read.partners().get(5).description().orElseThrow());
  }

  @Test
  void anUnknownPropertyBetweenKnownOnesIsKeptByTheLenientLeanPass() throws IOException {
    String document = HEAD + ",\"partners\":["
        + "{\"id\":\"a\",\"x\":1,\"name\":\"N\",\"type\":\"SCHOOL_BOARD\"},"
        + "{\"id\":\"b\",\"name\":\"M\",\"y\":[2],\"type\":\"SCHOOL_BOARD\",\"z\":{}}]}";
    Programme read = both(true, document);
    assertEquals("1", read.partners().get(0).unknownProperties().get("x"));
    assertEquals(List.of("y", "z"), List.copyOf(read.partners().get(1).unknownProperties().keySet()));
    assertEquals(List.of("UNKNOWN_PROPERTY"),
        assertThrows(KansenJsonException.class, () -> lean(false, document)).violations().stream()
            .map(v -> v.code()).toList());
    assertEquals(List.of("/partners/0/x UNKNOWN_PROPERTY", "/partners/1/y UNKNOWN_PROPERTY", "/partners/1/z UNKNOWN_PROPERTY"),
        assertThrows(KansenJsonException.class, () -> full(false, document)).violations().stream()
            .map(v -> v.path() + " " + v.code()).toList());
  }

  @Test
  void aRepeatedPropertyAfterTheGuessedOneIsADuplicateInTheLeanPass() {
    String document = HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"N\",\"type\":\"SCHOOL_BOARD\",\"id\":\"b\"}]}";
    assertEquals("DUPLICATE_PROPERTY", assertThrows(KansenJsonException.class, () -> lean(false, document))
        .violations().get(0).code());
  }

  @Test
  void onlyPresentOptionalsAndNonEmptyListsAreWrittenAndDefaultedValuesAlways() throws IOException {
    String document = HEAD + ",\"interventions\":[{\"id\":\"i\",\"title\":\"I\",\"type\":\"SUMMER_SCHOOL\","
        + "\"status\":\"PIPELINE\",\"targetGroup\":{\"minAgeMonths\":12},\"participants\":[]}]}";
    Programme read = both(false, document);
    String written = KansenJson.strict().writeCompact(read);
    assertTrue(written.contains("\"status\":\"PIPELINE\",\"evidence\":"), written);
    assertTrue(written.contains("\"targetGroup\":{\"minAgeMonths\":12}"), written);
    assertTrue(!written.contains("participants") && !written.contains("description")
        && !written.contains("maxAgeMonths"), written);
    assertEquals(read, both(false, written));
  }

  @Test
  void keptUnknownPropertiesAreWrittenAfterTheKnownOnesInNameOrder() throws IOException {
    String document = HEAD + ",\"zeta\":true,\"partners\":[{\"beta\":2,\"id\":\"a\",\"alpha\":[1],\"name\":\"N\","
        + "\"type\":\"SCHOOL_BOARD\"}],\"alpha\":null}";
    Programme read = both(true, document);
    String written = KansenJson.lenient().writeCompact(read);
    assertTrue(written.contains("{\"id\":\"a\",\"name\":\"N\",\"type\":\"SCHOOL_BOARD\",\"alpha\":[1],\"beta\":2}"),
        written);
    assertTrue(written.endsWith(",\"alpha\":null,\"zeta\":true}"), written);
  }
}
