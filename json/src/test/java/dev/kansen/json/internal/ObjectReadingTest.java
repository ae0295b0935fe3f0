package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.kansen.json.KansenJsonException;
import dev.kansen.model.Partner;
import dev.kansen.model.Programme;
import dev.kansen.validation.Position;
import dev.kansen.validation.Violation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How an object is read property by property, in both passes of a document read: the lean pass
 * ({@code positions} false: it only decides, and stops at the first problem) and the diagnostic
 * pass (every problem, each with the line and column it is about).
 */
class ObjectReadingTest {
  private static final JsonFactories.Limits LIMITS = new JsonFactories.Limits(64, 1_000_000, 100, 16L << 20);
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"}";

  private static Programme lean(boolean lenient, String document) throws IOException {
    try (JsonParser p = JsonFactories.lean(LIMITS, -1).createParser(document)) {
      return new DocumentReader(lenient, 100).document(p, false);
    }
  }

  private static Programme full(boolean lenient, String document) throws IOException {
    JsonFactory factory = JsonFactories.of(LIMITS, -1);
    try (JsonParser p = factory.createParser(document)) {
      return new DocumentReader(lenient, 100).document(p, true);
    }
  }

  /** @return the code of each violation of the lean pass, which reports only the first, and builds no pointers */
  private static List<String> leanProblems(boolean lenient, String document) {
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> lean(lenient, document));
    return e.violations().stream().map(Violation::code).toList();
  }

  /** @return "pointer CODE line:column" of each violation of the diagnostic pass */
  private static List<String> fullProblems(boolean lenient, String document) {
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> full(lenient, document));
    return e.violations().stream().map(ObjectReadingTest::describe).toList();
  }

  private static String describe(Violation v) {
    Optional<Position> at = v.position();
    return v.path() + " " + v.code() + at.map(p -> " " + p.line() + ":" + p.column()).orElse("");
  }

  private static String withPartners(String partners) {
    return HEAD + ",\"partners\":[" + partners + "]}";
  }

  @Test
  void aRepeatedKnownPropertyIsADuplicateInBothPasses() {
    String document = withPartners("{\"id\":\"a\",\"name\":\"N\",\"name\":\"M\",\"type\":\"SCHOOL_BOARD\"}");
    assertEquals(List.of("DUPLICATE_PROPERTY"), leanProblems(false, document));
    assertEquals("DUPLICATE_PROPERTY", assertThrows(KansenJsonException.class, () -> full(false, document))
        .violations().get(0).code());
  }

  @Test
  void aRepeatedUnknownPropertyIsADuplicateInTheLeanPassOfALenientRead() {
    String document = withPartners("{\"id\":\"a\",\"name\":\"N\",\"type\":\"SCHOOL_BOARD\",\"u1\":1,\"u2\":2,"
        + "\"u3\":3,\"u4\":4,\"u5\":5,\"u3\":6}");
    assertEquals(List.of("DUPLICATE_PROPERTY"), leanProblems(true, document));
  }

  @Test
  void manyDistinctUnknownPropertiesAreAllKeptByALenientRead() throws IOException {
    StringBuilder unknown = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      unknown.append(",\"u").append(i).append("\":").append(i);
    }
    String document = withPartners("{\"id\":\"a\",\"name\":\"N\",\"type\":\"SCHOOL_BOARD\"" + unknown + "}");
    Programme leanRead = lean(true, document);
    assertEquals(full(true, document), leanRead);
    Map<String, String> kept = leanRead.partners().get(0).unknownProperties();
    assertEquals(10, kept.size());
    assertEquals("9", kept.get("u9"));
  }

  @Test
  void absentRequiredPropertiesAreEachReportedAtTheObjectsStart() {
    String document = HEAD + ",\n\"partners\":[\n  {\"id\":\"a\"},\n  {\"name\":\"N\"}]}";
    assertEquals(List.of("/partners/0/name MISSING_PROPERTY 3:3", "/partners/0/type MISSING_PROPERTY 3:3",
        "/partners/1/id MISSING_PROPERTY 4:3", "/partners/1/type MISSING_PROPERTY 4:3"), fullProblems(false, document));
    assertEquals(List.of("MISSING_PROPERTY"), leanProblems(false, document));
    // the lean pass builds no pointer per object, but names the first required property missing
    for (String partner : List.of("{\"id\":\"a\",\"type\":\"SCHOOL_BOARD\"}", "{\"id\":\"a\",\"name\":\"N\"}",
        "{\"name\":\"N\",\"type\":\"SCHOOL_BOARD\"}")) {
      String missing = partner.contains("\"id\"") ? partner.contains("\"name\"") ? "type" : "name" : "id";
      KansenJsonException e = assertThrows(KansenJsonException.class, () -> lean(false, withPartners(partner)));
      assertEquals(missing, e.violations().get(0).path().segments().get(e.violations().get(0).path().segments().size() - 1),
          partner);
    }
  }

  @Test
  void anObjectWithEveryRequiredPropertyReadsInBothPasses() throws IOException {
    String document = withPartners("{\"type\":\"SCHOOL_BOARD\",\"name\":\"N\",\"id\":\"a\"}");
    Programme read = lean(false, document);
    assertEquals(read, full(false, document));
    assertEquals(List.of("a"), read.partners().stream().map(Partner::id).toList());
  }

  @Test
  void anUnknownPropertyIsReportedWhereItsNameStandsEvenAfterManyProperties() {
    // more properties than the reading's first arrays hold before the unknown one
    String document = HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"N\",\"type\":\"SCHOOL_BOARD\","
        + "\"sectors\":[],\"roles\":[],\"identifiers\":[],\"description\":\"d\",\"areas\":[],\"contactPoints\":[],\n"
        + "   \"colour\":\"red\"}]}";
    assertEquals(List.of("/partners/0/colour UNKNOWN_PROPERTY 2:4"), fullProblems(false, document));
    assertEquals(List.of("UNKNOWN_PROPERTY"), leanProblems(false, document));
  }

  @Test
  void aValueTheModelRefusesIsReportedWhereTheFailingPropertyStands() {
    String document = HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"N\",\"type\":\"SCHOOL_BOARD\","
        + "\"sectors\":[],\"roles\":[],\"identifiers\":[],\"description\":\"d\",\"areas\":[],\"contactPoints\":[],\n"
        + "  \"organisations\":0}]}";
    assertEquals(List.of("/partners/0/organisations NEGATIVE_COUNT 2:3"), fullProblems(false, document));
    // the model's message keeps its variant and arguments, so that it can be written in another language
    Violation v = assertThrows(KansenJsonException.class, () -> full(false, document)).violations().get(0);
    assertEquals(Optional.of("atLeastOne"), v.variant());
    assertEquals("0", v.arguments().get("count"));
    assertEquals("Partner", v.arguments().get("type"));
  }

  @Test
  void aSmallValueTheModelRefusesIsReportedAtItsAttribute() {
    String document = HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"N\",\"type\":\"SCHOOL_BOARD\",\"period\":\n"
        + "  {\"start\":\"2020-02-01\",\n   \"end\":\"2020-01-01\"}}]}";
    assertEquals(List.of("/partners/0/period/end DATE_RANGE_INVERTED 3:4"), fullProblems(false, document));
  }

  @Test
  void aRefusalOfTheFirstPropertyIsReportedWhereThatPropertyStands() {
    String document = HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"N\",\"type\":\"SCHOOL_BOARD\",\"period\":\n"
        + "  {\"end\":\"2020-01-01\",\"start\":\"2020-02-01\"}}]}";
    assertEquals(List.of("/partners/0/period/end DATE_RANGE_INVERTED 2:4"), fullProblems(false, document));
  }

  @Test
  void anIdentifierTheModelRefusesIsBlamedOnItsValue() {
    String document = HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"N\",\"type\":\"SCHOOL_BOARD\",\"identifiers\":[\n"
        + "  {\"scheme\":\"BRIN\",\n  \"value\":\"not a brin\"}]}]}";
    List<String> problems = fullProblems(false, document);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("/partners/0/identifiers/0/value", problems.get(0).split(" ")[0]);
    assertEquals("3:3", problems.get(0).split(" ")[2]);
  }

  @Test
  void anObjectWithAnUnknownPropertyIsNotBuiltSoNothingMoreIsSaidAboutIt() {
    String document = withPartners("{\"id\":\"a\",\"name\":\"N\",\"type\":\"SCHOOL_BOARD\",\"colour\":1,\"organisations\":0}");
    assertEquals(List.of("/partners/0/colour UNKNOWN_PROPERTY 1:124"), fullProblems(false, document));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"targetGroup\":{\"ages\":{\"min\":4,\"max\":6,\"x\":1}}|/interventions/0/targetGroup/ages/x",
      "\"plannedReach\":{\"count\":4,\"unit\":\"CHILDREN\",\"x\":1}|/interventions/0/plannedReach/x"})
  void anUnknownPropertyOfAnyTwoPartValueIsRefused(String property) {
    String[] parts = property.split("\\|");
    String document = HEAD + ",\"interventions\":[{\"id\":\"i\",\"title\":\"I\",\"type\":\"SUMMER_SCHOOL\","
        + "\"status\":\"PIPELINE\"," + parts[0] + "}]}";
    assertEquals(List.of(parts[1]), assertThrows(KansenJsonException.class, () -> full(true, document)).violations()
        .stream().map(v -> v.path().toString()).toList());
    assertEquals(List.of("UNKNOWN_PROPERTY"), leanProblems(true, document));
  }

  @Test
  void anUnknownPropertyOfMoneyOrAnIdentifierIsRefused() {
    String document = HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"N\",\"type\":\"SCHOOL_BOARD\","
        + "\"identifiers\":[{\"scheme\":\"KVK\",\"value\":\"12345678\",\"x\":1}]}],"
        + "\"grants\":[{\"id\":\"g\",\"funder\":\"a\",\"recipient\":\"a\",\"amount\":{\"amount\":\"1\",\"currency\":\"EUR\",\"x\":1}}]}";
    assertEquals(List.of("/grants/0/amount/x", "/partners/0/identifiers/0/x"),
        assertThrows(KansenJsonException.class, () -> full(true, document)).violations()
        .stream().map(v -> v.path().toString()).toList());
  }

  @Test
  void aConstantThatIsNotAStringIsAWrongType() {
    String document = withPartners("{\"id\":\"a\",\"name\":\"N\",\"type\":5}");
    assertEquals(List.of("WRONG_TYPE"), leanProblems(false, document));
    Violation v = assertThrows(KansenJsonException.class, () -> full(false, document)).violations().get(0);
    assertEquals("/partners/0/type", v.path().toString());
    assertEquals(Map.of("expected", "string", "found", "integer"), v.arguments());
  }

  @Test
  void anUnknownPropertyOfASmallValueIsRefusedEvenByALenientRead() {
    String document = HEAD + ",\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\",\"colour\":1}}";
    assertEquals(List.of("UNKNOWN_PROPERTY"), leanProblems(true, document));
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> full(true, document));
    assertEquals(List.of("/period/colour UNKNOWN_PROPERTY"), e.violations().stream()
        .map(v -> v.path() + " " + v.code()).toList());
    assertEquals(Optional.of("valueType"), e.violations().get(0).variant());
  }
}
