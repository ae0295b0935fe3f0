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
