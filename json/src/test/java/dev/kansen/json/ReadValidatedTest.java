package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and validating in one call places each finding at its value in the source text. */
class ReadValidatedTest {
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 1, 1));

  private static byte[] golden(String name) {
    return TestResources.bytes(TestResources.resources("golden").resolve(name));
  }

  @Test
  void aGoldenProgrammeIsReadAndValidated() {
    ValidatedProgramme result = KansenJson.strict().readValidated(golden("den-bosch-2021.json"), Validator.standard(), CONTEXT);
    assertEquals(KansenJson.strict().read(golden("den-bosch-2021.json")), result.programme());
    assertEquals(Validator.standard().validate(result.programme(), CONTEXT).violations().size(), result.report().violations().size());
  }

  @Test
  void aProgrammeWithoutAnErrorIsValidAndOneWithAnErrorIsNot() {
    byte[] minimal = ("{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
        + "\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"}}").getBytes(StandardCharsets.UTF_8);
    ValidatedProgramme good = KansenJson.strict().readValidated(minimal, Validator.standard(), CONTEXT);
    assertTrue(good.report().errors().isEmpty(), good::toString);
    assertTrue(good.valid(), good::toString);
    assertTrue(good.toString().startsWith(good.programme().id() + ": "), good::toString);
    byte[] json = new String(golden("den-bosch-2021.json"), StandardCharsets.UTF_8)
        .replace("\"lead\": \"powerup073\"", "\"lead\": \"nobody\"").getBytes(StandardCharsets.UTF_8);
    ValidatedProgramme bad = KansenJson.strict().readValidated(json, Validator.standard(), CONTEXT);
    assertFalse(bad.report().errors().isEmpty(), bad::toString);
    assertFalse(bad.valid(), bad::toString);
  }

  @Test
  void aByteOrderMarkMovesNoFindingsPosition() {
    byte[] json = new String(golden("den-bosch-2021.json"), StandardCharsets.UTF_8)
        .replace("\"lead\": \"powerup073\"", "\"lead\": \"nobody\"").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);
    ValidatedProgramme plain = KansenJson.strict().readValidated(json, Validator.standard(), CONTEXT);
    ValidatedProgramme marked = KansenJson.strict().readValidated(withBom, Validator.standard(), CONTEXT);
    assertEquals(plain.report().violations(), marked.report().violations());
    assertTrue(marked.report().violations().stream().allMatch(v -> v.position().isPresent()), marked::toString);
  }

  private static byte[] withBom(byte[] json) {
    byte[] marked = new byte[json.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(json, 0, marked, 3, json.length);
    return marked;
  }

  @Test
  void aByteOrderMarkMovesNoProblemOfAnUnreadableValue() {
    byte[] json = new String(golden("den-bosch-2021.json"), StandardCharsets.UTF_8)
        .replace("\"lead\": \"powerup073\"", "\"lead\": \"nobody\"")
        .replaceFirst("\"start\": \"(\\d{4})-", "\"start\": \"$1/").getBytes(StandardCharsets.UTF_8);
    KansenJsonException plain = assertThrows(KansenJsonException.class,
        () -> KansenJson.strict().readValidated(json, Validator.standard(), CONTEXT));
    KansenJsonException marked = assertThrows(KansenJsonException.class,
        () -> KansenJson.strict().readValidated(withBom(json), Validator.standard(), CONTEXT));
    assertTrue(plain.violations().stream().anyMatch(v -> v.code().equals("INVALID_DATE")), plain::toString);
    assertTrue(plain.violations().stream().anyMatch(v -> v.code().equals("UNRESOLVED_PARTNER_REFERENCE")), plain::toString);
    assertEquals(plain.violations(), marked.violations());
  }

  @Test
  void aDocumentOverTheLimitIsOnlyTooLargeEvenWithOtherProblems() {
    KansenJson small = KansenJson.builder().maxDocumentLength(1000).build();
    byte[] json = ("{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
        + "\"period\":{\"start\":\"2020-13-01\",\"end\":\"2020-12-31\"},\"description\":\"" + "d".repeat(5000) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    KansenJsonException e = assertThrows(KansenJsonException.class,
        () -> small.readValidated(json, Validator.standard(), CONTEXT));
    assertEquals(List.of("INPUT_TOO_LARGE"), e.violations().stream().map(Violation::code).toList());
  }

  @Test
  void aDanglingReferenceIsReportedAtTheLineAndColumnOfItsValue() {
    byte[] json = new String(golden("den-bosch-2021.json"), StandardCharsets.UTF_8)
        .replace("\"lead\": \"powerup073\"", "\"lead\": \"nobody\"").getBytes(StandardCharsets.UTF_8);
    ValidatedProgramme result = KansenJson.strict().readValidated(json, Validator.standard(), CONTEXT);
    assertFalse(result.valid(), result::toString);
    JsonPointer lead = JsonPointer.parse("/interventions/3/lead");
    Violation finding = result.report().errors().stream().filter(v -> v.path().equals(lead)).findFirst().orElseThrow(() -> new AssertionError(result.toString()));
    assertEquals(KansenJson.strict().locate(json, lead), finding.position());
    assertTrue(result.report().violations().stream().allMatch(v -> v.position().isPresent()), result::toString);
  }

  @Test
  void anUnreadableDocumentThrowsTheReadException() {
    assertThrows(KansenJsonException.class,
        () -> KansenJson.strict().readValidated("{}".getBytes(StandardCharsets.UTF_8), Validator.standard(), CONTEXT));
  }
}
