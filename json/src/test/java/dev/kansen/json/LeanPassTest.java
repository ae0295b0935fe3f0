package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lean pass of {@code read(byte[])} builds no pointers and finds duplicate properties itself
 * (the strict reader's Jackson parser checks none on that pass); every problem it meets is reported
 * exactly as the diagnostic pass of a stream reports it.
 */
class LeanPassTest {
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
      + "\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"}";

  private static List<Violation> fromBytes(KansenJson json, String document) {
    return assertThrows(KansenJsonException.class, () -> json.read(document.getBytes(StandardCharsets.UTF_8))).violations();
  }

  private static List<Violation> fromStream(KansenJson json, String document) {
    return assertThrows(KansenJsonException.class,
        () -> json.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)))).violations();
  }

  @Test
  void duplicatePropertiesAtEveryDepthAreReportedAsFromAStream() {
    for (String document : List.of(
        HEAD + ",\"id\":\"q\"}",
        HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"A\",\"type\":\"PRIMARY_SCHOOL\",\"name\":\"B\"}]}",
        HEAD + ",\"grants\":[{\"id\":\"g\",\"funder\":\"a\",\"recipient\":\"a\",\"period\":{\"start\":\"2020-01-01\","
            + "\"end\":\"2020-12-31\"},\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\",\"amount\":\"2.00\"}}]}")) {
      for (KansenJson json : List.of(KansenJson.strict(), KansenJson.lenient())) {
        List<Violation> violations = fromBytes(json, document);
        assertEquals(fromStream(json, document), violations, document);
        assertEquals("DUPLICATE_PROPERTY", violations.get(violations.size() - 1).code(), document);
      }
    }
  }

  @Test
  void aRepeatedUnknownPropertyKeptByTheLenientReaderIsADuplicateAsFromAStream() {
    StringBuilder many = new StringBuilder(HEAD);
    for (int i = 0; i < 6; i++) {
      many.append(",\"u").append(i).append("\":").append(i);
    }
    for (String document : List.of(HEAD + ",\"extra\":1,\"other\":2,\"extra\":3}",
        many + ",\"u0\":9}", many + ",\"u5\":9}")) {
      List<Violation> violations = fromBytes(KansenJson.lenient(), document);
      assertEquals(fromStream(KansenJson.lenient(), document), violations, document);
      assertEquals(List.of("DUPLICATE_PROPERTY"), violations.stream().map(Violation::code).toList(), document);
    }
    // six different unknown properties are kept, none of them a duplicate
    assertEquals(6, KansenJson.lenient().read((many + "}").getBytes(StandardCharsets.UTF_8)).unknownProperties().size());
  }

  @Test
  void aFailureDeepInsideAListIsReportedWithItsFullPointer() {
    String document = HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"A\",\"type\":\"PRIMARY_SCHOOL\"},"
        + "{\"id\":\"b\",\"name\":\"B\",\"type\":\"PRIMARY_SCHOOL\",\"identifiers\":[{\"scheme\":\"KVK\",\"value\":\"x\"}]}]}";
    List<Violation> violations = fromBytes(KansenJson.strict(), document);
    assertEquals(fromStream(KansenJson.strict(), document), violations);
    assertEquals("/partners/1/identifiers/0/value", violations.get(0).path().toString(), violations::toString);
  }

  @Test
  void absentRequiredPropertiesAreFoundFromTheBitsAsFromAStream() {
    for (String document : List.of(
        "{\"formatVersion\":\"1.0\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"}}",
        HEAD + ",\"partners\":[{\"id\":\"a\",\"type\":\"PRIMARY_SCHOOL\"}]}",
        HEAD + ",\"grants\":[{\"id\":\"g\",\"funder\":\"a\",\"recipient\":\"a\",\"period\":{\"start\":\"2020-01-01\"},"
            + "\"amount\":{\"currency\":\"EUR\"}}]}",
        HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"A\",\"type\":\"PRIMARY_SCHOOL\",\"identifiers\":[{\"value\":\"x\"}]}]}")) {
      for (KansenJson json : List.of(KansenJson.strict(), KansenJson.lenient())) {
        List<Violation> violations = fromBytes(json, document);
        assertEquals(fromStream(json, document), violations, document);
        assertEquals("MISSING_PROPERTY", violations.get(0).code(), document);
      }
    }
  }

  @Test
  void aDuplicateUnknownPropertyIsReportedAsFromAStream() {
    String document = HEAD + ",\"x-extra\":1,\"x-extra\":2}";
    for (KansenJson json : List.of(KansenJson.strict(), KansenJson.lenient())) {
      assertEquals(fromStream(json, document), fromBytes(json, document), json.toString());
    }
  }

  @Test
  void datesConstantsAndAmountsReadFromTheParsersBufferAreJudgedAsFromAStream() {
    List<String> dates = List.of("2021-02-29", "2020-13-01", "2020-00-10", "2020-01-32", "2020-1-010", "2020/01/01",
        "+020-01-01", "2020-01-0a", "\u0662020-01-01", "20200-01-01");
    List<String> types = List.of("PRIMARY_SCHOO", "primary_school", "PRIMARY_SCHOOLS", "", "PRIMARY\u005fSCHOOL ");
    List<String> amounts = List.of("01.50", "1.", "-", ".5", "1.5e3", "1,50", "--1", "-0.5x", "");
    for (String date : dates) {
      assertSameAsStream(HEAD.replace("2020-12-31", date) + "}");
    }
    for (String type : types) {
      assertSameAsStream(HEAD + ",\"partners\":[{\"id\":\"a\",\"name\":\"A\",\"type\":\"" + type + "\"}]}");
    }
    for (String amount : amounts) {
      assertSameAsStream(HEAD + ",\"grants\":[{\"id\":\"g\",\"funder\":\"a\",\"recipient\":\"a\",\"period\":"
          + "{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"},\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"}}]}");
    }
  }

  @Test
  void validDatesConstantsAndAmountsAreReadFromTheParsersBuffer() {
    String document = HEAD.replace("2020-12-31", "2024-02-29") + ",\"partners\":[{\"id\":\"a\",\"name\":\"A\","
        + "\"type\":\"SPECIAL_SCHOOL\",\"roles\":[\"FUNDING\",\"IMPLEMENTING\"]}],\"grants\":[{\"id\":\"g\",\"funder\":\"a\","
        + "\"recipient\":\"a\",\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"},"
        + "\"amount\":{\"amount\":\"0.50\",\"currency\":\"EUR\"}}]}";
    dev.kansen.model.Programme p = KansenJson.strict().read(document.getBytes(StandardCharsets.UTF_8));
    assertEquals(java.time.LocalDate.of(2024, 2, 29), p.period().orElseThrow().end());
    assertEquals(dev.kansen.model.OrganisationType.SPECIAL_SCHOOL, p.partners().get(0).type());
    assertEquals(new java.math.BigDecimal("0.50"), p.grants().get(0).amount().orElseThrow().amount());
    assertEquals(java.util.Set.of(dev.kansen.model.PartnerRole.FUNDING, dev.kansen.model.PartnerRole.IMPLEMENTING),
        p.partners().get(0).roles());
  }

  private static void assertSameAsStream(String document) {
    for (KansenJson json : List.of(KansenJson.strict(), KansenJson.lenient())) {
      List<Violation> violations = fromBytes(json, document);
      assertEquals(fromStream(json, document), violations, document);
    }
  }
}
