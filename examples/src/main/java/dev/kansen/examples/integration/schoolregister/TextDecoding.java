package dev.kansen.examples.integration.schoolregister;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a register file whose encoding is not declared, the way DUO's downloads come: a UTF-8
 * byte order mark means UTF-8; otherwise text that is valid UTF-8 is UTF-8; otherwise it is
 * Windows-1252, the encoding of older exports and of files saved by Excel on Windows.
 *
 * <p>Decoding is strict: a byte that is valid in neither encoding fails the whole file instead of
 * becoming a replacement character in a school's name.
 */
public final class TextDecoding {
  /** Windows-1252, the Western European code page. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /**
   * Decodes the bytes.
   *
   * @param bytes the file's content
   * @return the text, without a byte order mark, and the encoding it was read in
   * @throws CharacterCodingException when the bytes start with a UTF-8 byte order mark but are not
   *     UTF-8, or are neither UTF-8 nor Windows-1252
   */
  public static DecodedText decode(byte[] bytes) throws CharacterCodingException {
    if (hasUtf8Bom(bytes)) {
      return new DecodedText(strict(StandardCharsets.UTF_8, bytes, 3), StandardCharsets.UTF_8);
    }
    try {
      return new DecodedText(strict(StandardCharsets.UTF_8, bytes, 0), StandardCharsets.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      return new DecodedText(strict(WINDOWS_1252, bytes, 0), WINDOWS_1252);
    }
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
  }

  /**
   * Decoded text and the encoding it was read in.
   *
   * @param text the text, without a byte order mark
   * @param charset the encoding detected
   */
  public record DecodedText(String text, Charset charset) {}
}
