package dev.kansen.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast UTF-8 check accepts exactly what the JDK's strict decoder accepts, less any NUL byte,
 * and counts the characters the bytes decode to.
 */
class Utf8Test {
  private static final HexFormat HEX = HexFormat.of();

  /** @return the decoded text, or null when the JDK's strict decoder refuses the bytes */
  private static String strictlyDecoded(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean expected(byte[] bytes) {
    String text = strictlyDecoded(bytes);
    return text != null && text.indexOf('\0') < 0;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "41", "7f", "c280", "dfbf", "e0a080", "e0bfbf", "e18080", "ec8080", "ed8080", "ed9fbf", "ee8080",
      "efbfbf", "f0908080", "f0bfbfbf", "f1808080", "f3bfbfbf", "f4808080", "f48fbfbf",
      // eight ASCII bytes, then more: the word-at-a-time path and the byte path meet
      "4142434445464748", "414243444546474849", "41424344454647c3a9", "c3a94142434445464748"})
  void acceptsWellFormedSequencesAtEveryBoundary(String hex) {
    byte[] bytes = HEX.parseHex(hex);
    assertTrue(expected(bytes), "the JDK accepts " + hex);
    assertTrue(Utf8.isWellFormedWithoutNul(bytes), hex);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "00", "4100", "41424344454647480041", "4142434445464700",
      "80", "bf", "c0af", "c1bf", "c2", "c27f", "c2c0", "e080", "e09fbf", "e0a07f", "e0a0c0", "eda080", "edbfbf",
      "f08fbfbf", "f0907f80", "f09080c0", "f0908080f4", "f4908080", "f5808080", "ff", "fe",
      "4142434445464748c3", "41424344454647c3"})
  void refusesMalformedSequencesAndNul(String hex) {
    byte[] bytes = HEX.parseHex(hex);
    assertFalse(Utf8.isWellFormedWithoutNul(bytes), hex);
  }

  @Test
  void agreesWithTheJdkDecoderOnGeneratedBytes() {
    SplittableRandom random = new SplittableRandom(8);
    int wellFormed = 0;
    for (int i = 0; i < 100_000; i++) {
      byte[] bytes = new byte[random.nextInt(0, 24)];
      for (int k = 0; k < bytes.length; k++) {
        // mostly ASCII and lead or continuation bytes near the edges of the valid ranges
        int kind = random.nextInt(6);
        bytes[k] = (byte) switch (kind) {
          case 0, 1 -> random.nextInt(0x01, 0x80);
          case 2 -> random.nextInt(0x80, 0xC0);
          case 3 -> random.nextInt(0xC0, 0xE0);
          case 4 -> random.nextInt(0xE0, 0xF0);
          default -> random.nextInt(0xF0, 0x100);
        };
      }
      boolean expected = expected(bytes);
      assertEquals(expected, Utf8.isWellFormedWithoutNul(bytes), () -> HEX.formatHex(bytes));
      wellFormed += expected ? 1 : 0;
    }
    assertTrue(wellFormed > 1_000, "too few well-formed inputs generated: " + wellFormed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "caf\u00e9", "\u20ac10", "\uD83D\uDE00", "a\uD83D\uDE00\u00e9\u20ac\n"})
  void countsTheUtf16CharactersOfWellFormedText(String text) {
    assertEquals(text.length(), Utf8.characters(text.getBytes(StandardCharsets.UTF_8)));
  }
}
