package dev.kansen.examples.integration.schoolregister;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a register file whose encoding is not declared, the way DUO's downloads come: a UTF-8
 * byte order mark means UTF-8; otherwise text that is valid UTF-8 is UTF-8; otherwise it is
 * Windows-1252, the encoding of older exports and of files saved by Excel on Windows.
 *
 * <p>Decoding is strict: a byte that is valid in neither encoding fails the whole file instead of
 * becoming a replacement character in a school's name. A file that mixes the two — some lines
 * holding UTF-8 characters such as {@code ë} as two bytes, others bytes that are not UTF-8 — is
 * refused with a {@link MixedEncodingException} naming the lines of each kind: read as either
 * encoding it would corrupt the other lines' names without a trace ({@code Ideeënlab} would become
 * {@code IdeeÃ«nlab}). The detection reads the bytes once and keeps only a few line numbers.
 */
public final class TextDecoding {
  /** Windows-1252, the Western European code page. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** How many line numbers of each kind a {@link MixedEncodingException} names. */
  static final int LINES_NAMED = 5;

  private TextDecoding() {}

  /**
   * Detects the encoding of the bytes.
   *
   * @param bytes the file's content
   * @return the encoding and where the text starts (after a byte order mark)
   * @throws MixedEncodingException when some lines are UTF-8 and others are not, or the file
   *     starts with a UTF-8 byte order mark but has lines that are not UTF-8
   * @throws CharacterCodingException when the bytes are neither UTF-8 nor Windows-1252
   */
  public static Encoding detect(byte[] bytes) throws CharacterCodingException {
    boolean bom = hasUtf8Bom(bytes);
    LineScan scan = LineScan.of(bytes, bom ? 3 : 0);
    if (bom) {
      if (scan.notUtf8Count > 0) {
        throw new MixedEncodingException(scan, true);
      }
      return new Encoding(StandardCharsets.UTF_8, 3);
    }
    if (scan.notUtf8Count == 0) {
      return new Encoding(StandardCharsets.UTF_8, 0);
    }
    if (scan.utf8Count > 0) {
      throw new MixedEncodingException(scan, false);
    }
    if (scan.undefinedIn1252) {
      throw new UnmappableCharacterException(1);
    }
    return new Encoding(WINDOWS_1252, 0);
  }

  /**
   * Decodes the bytes whole.
   *
   * @param bytes the file's content
   * @return the text, without a byte order mark, and the encoding it was read in
   * @throws CharacterCodingException as {@link #detect(byte[])}
   */
  public static DecodedText decode(byte[] bytes) throws CharacterCodingException {
    Encoding encoding = detect(bytes);
    String text = strictDecoder(encoding.charset())
        .decode(ByteBuffer.wrap(bytes, encoding.offset(), bytes.length - encoding.offset())).toString();
    return new DecodedText(text, encoding.charset());
  }

  /**
   * @param bytes the file's content
   * @param encoding its encoding, from {@link #detect(byte[])}
   * @return a reader that decodes the text strictly as it is read, without copying it
   */
  static Reader reader(byte[] bytes, Encoding encoding) {
    return new InputStreamReader(new ByteArrayInputStream(bytes, encoding.offset(), bytes.length - encoding.offset()),
        strictDecoder(encoding.charset()));
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  private static CharsetDecoder strictDecoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * An encoding detected.
   *
   * @param charset UTF-8 or Windows-1252
   * @param offset where the text starts: 3 after a UTF-8 byte order mark, else 0
   */
  public record Encoding(Charset charset, int offset) {}

  /**
   * Decoded text and the encoding it was read in.
   *
   * @param text the text, without a byte order mark
   * @param charset the encoding detected
   */
  public record DecodedText(String text, Charset charset) {}

  /** A file with lines in UTF-8 and lines in another encoding. */
  public static final class MixedEncodingException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String message;

    MixedEncodingException(LineScan scan, boolean bom) {
      this.message = bom
          ? "the file starts with a UTF-8 byte order mark, but " + lines(scan.notUtf8, scan.notUtf8Count)
              + " not UTF-8; save it again as UTF-8"
          : "the file mixes encodings: " + lines(scan.utf8, scan.utf8Count) + " UTF-8 and "
              + lines(scan.notUtf8, scan.notUtf8Count) + " not (Windows-1252?); names would be garbled "
              + "either way, so save it again in one encoding, preferably UTF-8";
    }

    private static String lines(List<Long> first, long count) {
      String named = first.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
      return (count == 1 ? "line " + named + " is" : "lines " + named
          + (count > first.size() ? " and " + (count - first.size()) + " more" : "") + " are");
    }

    @Override
    public String getMessage() {
      return message;
    }
  }

  /** One pass over the bytes: which lines hold UTF-8 sequences, which hold bytes that are not UTF-8. */
  static final class LineScan {
    final List<Long> utf8 = new ArrayList<>();
    final List<Long> notUtf8 = new ArrayList<>();
    long utf8Count;
    long notUtf8Count;
    boolean undefinedIn1252;

    static LineScan of(byte[] bytes, int from) {
      LineScan scan = new LineScan();
      long line = 1;
      boolean lineUtf8 = false;
      boolean lineNotUtf8 = false;
      int i = from;
      while (i <= bytes.length) {
        if (i == bytes.length || bytes[i] == '\n') {
          scan.endLine(line, lineUtf8, lineNotUtf8);
          line++;
          lineUtf8 = false;
          lineNotUtf8 = false;
          i++;
          continue;
        }
        int b = bytes[i] & 0xFF;
        if (b < 0x80) {
          i++;
          continue;
        }
        int length = utf8SequenceLength(bytes, i);
        if (length > 0) {
          lineUtf8 = true;
          i += length;
        } else {
          lineNotUtf8 = true;
          if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
            scan.undefinedIn1252 = true;
          }
          i++;
        }
      }
      return scan;
    }

    private void endLine(long line, boolean lineUtf8, boolean lineNotUtf8) {
      if (lineNotUtf8) {
        notUtf8Count++;
        if (notUtf8.size() < LINES_NAMED) {
          notUtf8.add(line);
        }
      } else if (lineUtf8) {
        utf8Count++;
        if (utf8.size() < LINES_NAMED) {
          utf8.add(line);
        }
      }
    }

    /** @return the length of the well-formed UTF-8 sequence of two to four bytes at {@code i}, or 0 */
    private static int utf8SequenceLength(byte[] bytes, int i) {
      int b = bytes[i] & 0xFF;
      int length;
      int min2 = 0x80;
      int max2 = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        if (b == 0xE0) {
          min2 = 0xA0;
        } else if (b == 0xED) {
          max2 = 0x9F;
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        if (b == 0xF0) {
          min2 = 0x90;
        } else if (b == 0xF4) {
          max2 = 0x8F;
        }
      } else {
        return 0;
      }
      if (i + length > bytes.length) {
        return 0;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < min2 || second > max2) {
        return 0;
      }
      for (int k = 2; k < length; k++) {
        int next = bytes[i + k] & 0xFF;
        if (next < 0x80 || next > 0xBF) {
          return 0;
        }
      }
      return length;
    }
  }
}
