package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8#scan} decides well-formed UTF-8 as the JDK's strict decoder does, and finds every
 * text that may be a JSON escape of half a surrogate pair, wherever it falls among the eight bytes
 * the scan reads at a time: the lean pass searches strings for unpaired surrogates only when it does.
 */
class Utf8ScanTest {
  private static final Pattern SURROGATE_ESCAPE = Pattern.compile("\\\\u[dD][89a-fA-F]");

  private static int expected(byte[] bytes) {
    boolean wellFormed;
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      wellFormed = true;
    } catch (CharacterCodingException e) {
      wellFormed = false;
    }
    for (byte b : bytes) {
      wellFormed &= b != 0;
    }
    if (!wellFormed) {
      return Utf8.MALFORMED;
    }
    return SURROGATE_ESCAPE.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find()
        ? Utf8.SURROGATE_ESCAPES : Utf8.WELL_FORMED;
  }

  @Test
  void anEscapedSurrogateIsFoundAtEveryOffsetOfTheWord() {
    for (String escape : new String[] {"\\uD83D", "\\ud800", "\\uDFFF", "\\uDc00", "\\udBff"}) {
      for (int offset = 0; offset < 24; offset++) {
        byte[] bytes = ("x".repeat(offset) + escape + "y".repeat(offset % 9)).getBytes(StandardCharsets.UTF_8);
        assertEquals(Utf8.SURROGATE_ESCAPES, Utf8.scan(bytes), escape + " at " + offset);
      }
    }
  }

  @Test
  void otherEscapesAndBackslashesAreNotSurrogates() {
    for (String text : new String[] {"{\"a\":\"\\u0041\\n\\\\\"}", "\\uD7FF", "\\uE000", "\\uD", "\\u",
        "\\", "\\uDG00", "caf\u00e9 \\u00e9", "\\uC800"}) {
      assertEquals(Utf8.WELL_FORMED, Utf8.scan(text.getBytes(StandardCharsets.UTF_8)), text);
    }
  }

  @Test
  void anEscapedBackslashBeforeTheTextCountsToo() {
    // the scan reads bytes, not JSON: it may search a document without need, never miss one
    assertEquals(Utf8.SURROGATE_ESCAPES, Utf8.scan("\"\\\\uD800\"".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void randomBytesAreDecidedAsTheJdkDecidesThem() {
    SplittableRandom random = new SplittableRandom(20261129);
    byte[] alphabet = "\\uDd8Fa0\"".getBytes(StandardCharsets.US_ASCII);
    for (int n = 0; n < 200_000; n++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int i = 0; i < bytes.length; i++) {
        int kind = random.nextInt(10);
        bytes[i] = kind < 6 ? alphabet[random.nextInt(alphabet.length)]
            : kind < 9 ? (byte) (0x80 + random.nextInt(0x78)) : (byte) random.nextInt(256);
      }
      assertEquals(expected(bytes), Utf8.scan(bytes), () -> java.util.HexFormat.of().formatHex(bytes));
    }
  }
}
