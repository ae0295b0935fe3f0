package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kansen.model.Programme;
import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link KansenJson#read(byte[])} reads well-formed UTF-8 with Jackson's byte parser and anything
 * else, or anything with a violation, through the strict decoder: the two ways must give the same
 * programme and the same violations, positions counted in characters, as reading a stream.
 */
class ByteInputTest {
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
      + "\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"}";

  private static Object outcome(KansenJson json, byte[] bytes, boolean fromStream) {
    try {
      return fromStream ? json.read(new ByteArrayInputStream(bytes)) : json.read(bytes);
    } catch (KansenJsonException e) {
      return e.violations();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void sameAsStream(byte[] bytes) {
    for (KansenJson json : List.of(KansenJson.strict(), KansenJson.lenient())) {
      assertEquals(outcome(json, bytes, true), outcome(json, bytes, false));
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aValidDocumentReadsTheSameFromBytesAndFromAStream() {
    byte[] doc = utf8(HEAD + ",\"description\":\"caf\u00e9 \u20ac \uD83D\uDE00 gem\u00eb\u00efnteresseerd\"}");
    Programme programme = KansenJson.strict().read(doc);
    assertEquals("caf\u00e9 \u20ac \uD83D\uDE00 gem\u00eb\u00efnteresseerd", programme.description().orElseThrow());
    sameAsStream(doc);
  }

  @Test
  void violationsAfterMultiByteCharactersCountColumnsInCharacters() {
    byte[] doc = utf8(HEAD + ",\"description\":\"\u00e9\u00e9\u00e9\u00e9\",\"surplus\":1}");
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> KansenJson.strict().read(doc));
    Violation v = e.violations().get(0);
    assertEquals("UNKNOWN_PROPERTY", v.code());
    assertEquals(new String(doc, StandardCharsets.UTF_8).indexOf("\"surplus\"") + 1, v.position().orElseThrow().column());
    sameAsStream(doc);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "C0 AF", // overlong '/'
      "E0 80 AF", // overlong, three bytes
      "ED A0 80", // a surrogate
      "F4 90 80 80", // beyond U+10FFFF
      "F5 80 80 80", // no such lead byte
      "C3", // cut short
      "E2 82", // cut short
      "80", // a continuation byte alone
      "C3 28", // a lead byte followed by ASCII
      "00", // NUL
      "FE FF", // a UTF-16 byte-order mark
  })
  void malformedUtf8IsRefusedTheSameWayFromBytes(String hex) {
    String[] parts = hex.split(" ");
    byte[] head = utf8(HEAD + ",\"description\":\"x");
    byte[] tail = utf8("y\"}");
    byte[] doc = new byte[head.length + parts.length + tail.length];
    System.arraycopy(head, 0, doc, 0, head.length);
    for (int i = 0; i < parts.length; i++) {
      doc[head.length + i] = (byte) Integer.parseInt(parts[i], 16);
    }
    System.arraycopy(tail, 0, doc, head.length + parts.length, tail.length);
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> KansenJson.strict().read(doc));
    assertEquals(1, e.violations().size(), e::getMessage);
    sameAsStream(doc);
  }

  @Test
  void aByteOrderMarkIsSkippedFromBytesToo() {
    byte[] text = utf8(HEAD + "}");
    byte[] doc = new byte[text.length + 3];
    doc[0] = (byte) 0xEF;
    doc[1] = (byte) 0xBB;
    doc[2] = (byte) 0xBF;
    System.arraycopy(text, 0, doc, 3, text.length);
    assertEquals("p", KansenJson.strict().read(doc).id());
    sameAsStream(doc);
  }

  @Test
  void longNumbersConvertExactlyWithARaisedLimit() {
    String digits = "1" + "0".repeat(9_999) + ".5" + "0".repeat(500);
    String doc = HEAD + ",\"indicators\":[{\"id\":\"i\",\"title\":\"I\",\"measure\":\"UNIT\","
        + "\"baseline\":{\"schoolYear\":\"2020-2021\",\"value\":" + digits + "}}]}";
    KansenJson json = KansenJson.builder().maxNumberLength(20_000).build();
    BigDecimal value = json.read(utf8(doc)).indicators().get(0).baseline().orElseThrow().value().orElseThrow();
    assertEquals(new BigDecimal(digits), value);
    assertEquals(501, value.scale());
  }

  @Test
  void anExponentBeyondTheIntRangeIsAnInvalidNumber() {
    String doc = HEAD + ",\"indicators\":[{\"id\":\"i\",\"title\":\"I\",\"measure\":\"UNIT\","
        + "\"baseline\":{\"schoolYear\":\"2020-2021\",\"value\":1e9999999999}}]}";
    KansenJsonException e = assertThrows(KansenJsonException.class, () -> KansenJson.strict().read(utf8(doc)));
    assertEquals("INVALID_NUMBER", e.violations().get(0).code());
    assertEquals("/indicators/0/baseline/value", e.violations().get(0).path().toString());
    sameAsStream(utf8(doc));
  }
}
