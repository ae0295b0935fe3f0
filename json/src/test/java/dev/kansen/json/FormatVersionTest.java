package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The document's {@code formatVersion}: written {@code MAJOR.MINOR} without leading zeros and at
 * most nine digits each; another major version is refused in every mode, a newer minor version
 * only by the strict reader. A refused version is the only problem reported, whatever came before.
 */
class FormatVersionTest {
  private static final String REST = ",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"}}";

  private static String document(String version) {
    return "{\"formatVersion\":\"" + version + "\"" + REST;
  }

  private static Violation refused(KansenJson json, String document) {
    List<Violation> fromText = assertThrows(KansenJsonException.class, () -> json.read(document)).violations();
    List<Violation> fromBytes = assertThrows(KansenJsonException.class,
        () -> json.read(document.getBytes(StandardCharsets.UTF_8))).violations();
    assertEquals(fromText, fromBytes);
    assertEquals(1, fromText.size(), fromText::toString);
    return fromText.get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1.1"})
  void theVersionsThisReaderKnowsAreReadByBothReaders(String version) {
    assertEquals("p", KansenJson.strict().read(document(version)).id());
    assertEquals("p", KansenJson.lenient().read(document(version)).id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2", "1.10", "1.999999999"})
  void aNewerMinorVersionIsRefusedByTheStrictReaderAndReadByTheLenientOne(String version) {
    Violation v = refused(KansenJson.strict(), document(version));
    assertEquals("UNSUPPORTED_FORMAT_VERSION", v.code());
    assertEquals(Optional.of("newerMinor"), v.variant());
    assertEquals("/formatVersion", v.path().toString());
    assertEquals("p", KansenJson.lenient().read(document(version)).id());
  }

  @ParameterizedTest
  @CsvSource({"2.0, newerMajor", "999999999.0, newerMajor", "0.0, olderMajor", "0.9, olderMajor"})
  void anotherMajorVersionIsRefusedByBothReaders(String version, String variant) {
    for (KansenJson json : List.of(KansenJson.strict(), KansenJson.lenient())) {
      Violation v = refused(json, document(version));
      assertEquals("UNSUPPORTED_FORMAT_VERSION", v.code());
      assertEquals(Optional.of(variant), v.variant());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.", ".1", "01.0", "1.01", "1.0.0", "v1.0", "1.1234567890", "1234567890.0", "", "1,0"})
  void aVersionNotWrittenMajorDotMinorIsInvalid(String version) {
    Violation v = refused(KansenJson.lenient(), document(version));
    assertEquals("INVALID_FORMAT_VERSION", v.code());
    assertEquals("/formatVersion", v.path().toString());
  }

  @Test
  void aRefusedVersionIsReportedAloneEvenAfterOtherProblems() {
    String document = "{\"id\":5,\"title\":true,\"formatVersion\":\"2.0\",\"alliance\":{\"name\":\"A\"}}";
    Violation v = refused(KansenJson.strict(), document);
    assertEquals("UNSUPPORTED_FORMAT_VERSION", v.code());
  }

  @Test
  void aVersionThatIsNotAStringIsAWrongType() {
    String document = "{\"formatVersion\":1.0" + REST;
    Violation v = refused(KansenJson.strict(), document);
    assertEquals("WRONG_TYPE", v.code());
    assertEquals("/formatVersion", v.path().toString());
  }

  @Test
  void theVersionWrittenIsAlwaysTheCurrentOne() {
    String written = KansenJson.strict().writeCompact(KansenJson.strict().read(document("1.0")));
    assertEquals(true, written.startsWith("{\"formatVersion\":\"1.1\""), written);
  }
}
