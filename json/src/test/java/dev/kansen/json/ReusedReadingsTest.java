package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import dev.kansen.json.internal.DocumentReader;
import dev.kansen.json.internal.JsonFactories;
import dev.kansen.model.EducationSector;
import dev.kansen.model.Partner;
import dev.kansen.model.PartnerRole;
import dev.kansen.model.Programme;
import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A read reuses one object reading per depth of nesting and one list per depth of arrays: nothing
 * of one object or array may reach its sibling, in the lean pass of {@code read(byte[])} or in the
 * diagnostic pass of a stream.
 */
class ReusedReadingsTest {
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
      + "\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"}";
  private static final String SIBLINGS = HEAD + ",\"partners\":["
      + "{\"id\":\"a\",\"name\":\"A\",\"type\":\"PRIMARY_SCHOOL\",\"identifiers\":[{\"scheme\":\"KVK\",\"value\":\"12345678\"},"
      + "{\"scheme\":\"BRIN\",\"value\":\"12AB\"}],\"sectors\":[\"PRIMARY\",\"SECONDARY\"],\"roles\":[\"FUNDING\",\"IMPLEMENTING\"],"
      + "\"note\":1},"
      + "{\"id\":\"b\",\"name\":\"B\",\"type\":\"LIBRARY\",\"sectors\":[\"SECONDARY\"],\"roles\":[\"FUNDING\"],\"note\":2},"
      + "{\"note\":3,\"id\":\"c\",\"name\":\"C\",\"type\":\"OTHER\",\"identifiers\":[{\"scheme\":\"KVK\",\"value\":\"87654321\"}]}]}";

  private static Programme fromStream(KansenJson json, String document) throws IOException {
    return json.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Violation> violationsFromBytes(KansenJson json, String document) {
    return assertThrows(KansenJsonException.class, () -> json.read(document.getBytes(StandardCharsets.UTF_8))).violations();
  }

  private static List<Violation> violationsFromStream(KansenJson json, String document) {
    return assertThrows(KansenJsonException.class, () -> fromStream(json, document)).violations();
  }

  @Test
  void siblingsKeepTheirOwnListsSetsAndUnknownProperties() throws IOException {
    for (Programme p : List.of(KansenJson.lenient().read(SIBLINGS.getBytes(StandardCharsets.UTF_8)),
        fromStream(KansenJson.lenient(), SIBLINGS))) {
      List<Partner> partners = p.partners();
      assertEquals(List.of(2, 0, 1), partners.stream().map(x -> x.identifiers().size()).toList());
      assertEquals("87654321", partners.get(2).identifiers().get(0).value());
      assertEquals(List.of(Set.of(EducationSector.PRIMARY, EducationSector.SECONDARY), Set.of(EducationSector.SECONDARY),
          Set.of()), partners.stream().map(Partner::sectors).toList());
      assertEquals(List.of(Set.of(PartnerRole.FUNDING, PartnerRole.IMPLEMENTING), Set.of(PartnerRole.FUNDING), Set.of()),
          partners.stream().map(Partner::roles).toList());
      // the same unknown name in each sibling is no duplicate
      assertEquals(List.of(Map.of("note", "1"), Map.of("note", "2"), Map.of("note", "3")),
          partners.stream().map(Partner::unknownProperties).toList());
    }
  }

  @Test
  void theLeanPassReadsSiblingsItselfWithoutFallingBackToTheDiagnosticPass() throws IOException {
    // read(byte[]) reads a document the lean pass refuses again from a stream, which would hide a
    // property or name of one object taken for its sibling's: the lean pass is asked directly
    JsonFactories.Limits limits = new JsonFactories.Limits(100, 1_000_000, 1000, 10_000_000);
    for (boolean lenient : List.of(true, false)) {
      String document = lenient ? SIBLINGS : SIBLINGS.replaceAll(",?\"note\":[0-9],?", "");
      try (JsonParser parser = JsonFactories.lean(limits, 10_000_000).createParser(document.getBytes(StandardCharsets.UTF_8))) {
        Programme lean = new DocumentReader(lenient, 100).document(parser, false);
        assertEquals(fromStream(lenient ? KansenJson.lenient() : KansenJson.strict(), document), lean);
      }
    }
  }

  @Test
  void aPropertySeenInOneObjectIsNotSeenInItsSibling() {
    String document = HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"A\",\"type\":\"PRIMARY_SCHOOL\"},"
        + "{\"id\":\"b\",\"type\":\"PRIMARY_SCHOOL\"},{\"id\":\"c\",\"name\":\"C\"}]}";
    for (KansenJson json : List.of(KansenJson.strict(), KansenJson.lenient())) {
      List<Violation> violations = violationsFromBytes(json, document);
      assertEquals(violationsFromStream(json, document), violations);
      assertEquals(List.of("MISSING_PROPERTY /partners/1/name", "MISSING_PROPERTY /partners/2/type"),
          violations.stream().map(v -> v.code() + " " + v.path()).toList());
    }
  }

  @Test
  void aRepeatedConstantIsReportedAtItsIndexOnlyInItsOwnSet() {
    String document = HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"A\",\"type\":\"PRIMARY_SCHOOL\","
        + "\"roles\":[\"FUNDING\",\"IMPLEMENTING\"]},{\"id\":\"b\",\"name\":\"B\",\"type\":\"PRIMARY_SCHOOL\","
        + "\"roles\":[\"IMPLEMENTING\",\"FUNDING\",\"IMPLEMENTING\"]},{\"id\":\"c\",\"name\":\"C\",\"type\":\"OTHER\","
        + "\"roles\":[\"FUNDING\"]}]}";
    List<Violation> violations = violationsFromBytes(KansenJson.strict(), document);
    assertEquals(violationsFromStream(KansenJson.strict(), document), violations);
    assertEquals(List.of("DUPLICATE_ITEM /partners/1/roles/2"),
        violations.stream().map(v -> v.code() + " " + v.path()).toList());
  }

  @Test
  void anObjectThatFailsLeavesNothingToTheNextAtItsDepth() {
    // the first grant's amount fails inside; the second grant at the same depth reads whole
    String grant = "{\"id\":\"%s\",\"funder\":\"a\",\"recipient\":\"a\",\"period\":{\"start\":\"2020-01-01\","
        + "\"end\":\"2020-12-31\"},\"amount\":{\"amount\":\"%s\",\"currency\":\"EUR\"}}";
    String document = HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"A\",\"type\":\"PRIMARY_SCHOOL\"}],\"grants\":["
        + String.format(grant, "g1", "1e3") + "," + String.format(grant, "g2", "2.50") + "]}";
    List<Violation> violations = violationsFromBytes(KansenJson.strict(), document);
    assertEquals(violationsFromStream(KansenJson.strict(), document), violations);
    assertEquals(List.of("INVALID_NUMBER /grants/0/amount/amount"),
        violations.stream().map(v -> v.code() + " " + v.path()).toList());
    Programme p = KansenJson.strict().read(document.replace("1e3", "1000").getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("1000.00", "2.50"), p.grants().stream().map(g -> g.amount().orElseThrow().amount().toPlainString()).toList());
  }
}
