package dev.kansen.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kansen.model.Programme;
import dev.kansen.validation.Position;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link ReadDifferentialTest} found where two ways of reading one document disagreed, each
 * pinned: the byte-order mark and the document limit from bytes, a document over the limit from a
 * stream whose read stops early, and JSON Lines limited in characters like a document.
 */
class ReadSeamsTest {
  private static final ValidationContext CONTEXT = ValidationContext.asOf(LocalDate.of(2026, 1, 1));
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"id\":\"p\",\"title\":\"T\",\"alliance\":{\"name\":\"A\"},"
      + "\"period\":{\"start\":\"2020-01-01\",\"end\":\"2020-12-31\"}";
  private static final KansenJson LIMITED = KansenJson.builder().maxDocumentLength(1000).build();

  /** @return a programme document of exactly {@code length} characters, its description made of {@code unit} */
  private static String document(int length, String unit) {
    String prefix = HEAD + ",\"description\":\"";
    String at = prefix + unit.repeat(length - prefix.length() - 2) + "\"}";
    assertEquals(length, at.length());
    return at;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Violation> refused(ReadDifferentialTest.Read read) {
    return assertThrows(KansenJsonException.class, read::apply).violations();
  }

  // ------------------------------------------------------------------ the byte-order mark

  /**
   * A byte-order mark is no character of the document: a document of exactly the limit after one
   * is read from bytes, as from its text and from a stream (it was INPUT_TOO_LARGE from bytes).
   */
  @Test
  void aByteOrderMarkDoesNotCountTowardsTheLimitFromBytes() throws IOException {
    String at = document(1000, "d");
    byte[] bytes = utf8("\uFEFF" + at);
    Programme fromText = LIMITED.read("\uFEFF" + at);
    assertEquals(fromText, LIMITED.read(new ByteArrayInputStream(bytes)));
    assertEquals(fromText, LIMITED.read(bytes));
    assertEquals(fromText, LIMITED.readValidated(bytes, Validator.standard(), CONTEXT).programme());
    // one character more is too long from each
    byte[] over = utf8("\uFEFF" + document(1001, "d"));
    assertEquals("INPUT_TOO_LARGE", refused(() -> LIMITED.read(over)).get(0).code());
    assertEquals("INPUT_TOO_LARGE", refused(() -> LIMITED.read(new ByteArrayInputStream(over))).get(0).code());
  }

  // ------------------------------------------------------------------ over the limit from a stream

  /**
   * A stream of a document that may be within the limit (up to three bytes a character) is read
   * as its bytes are: one over the limit is INPUT_TOO_LARGE alone, as from bytes, also where the
   * read as it streams would stop before the limit (at the most violations it reports, at broken
   * syntax, at a byte that is not UTF-8), and it is refused with the same violation. (Such a
   * stream was read as it streams once longer than the limit in bytes.)
   */
  @Test
  void aStreamThatMayBeWithinTheLimitIsReadAsItsBytesAre() throws IOException {
    String tail = ",\"description\":\"" + "d".repeat(1500) + "\"}";
    KansenJson one = KansenJson.builder().maxDocumentLength(1000).maxViolations(1).build();
    List<byte[]> documents = List.of(
        utf8(HEAD + ",\"colour\":\"red\"" + tail),
        utf8(HEAD + ",,\"colour\":\"red\"" + tail),
        ReadDifferentialTest.concat(utf8(HEAD + ",\"title\":\"\""), new byte[] {(byte) 0xC0, (byte) 0xAF}, utf8(tail)),
        utf8(HEAD + ",\"description\":\"" + "\u20ac".repeat(900) + "\"}"));
    for (byte[] bytes : documents) {
      assertTrue(bytes.length > 1000 && bytes.length <= 3003, "over the limit in bytes, within three times it");
      for (KansenJson json : List.of(LIMITED, one)) {
        List<Violation> fromBytes = refused(() -> json.read(bytes));
        assertEquals(List.of("INPUT_TOO_LARGE"), fromBytes.stream().map(Violation::code).toList());
        assertEquals(fromBytes, refused(() -> json.read(new ByteArrayInputStream(bytes))));
        assertEquals(fromBytes, refused(() -> json.read(new ReadDifferentialTest.Trickle(bytes, 7))));
      }
    }
  }

  // ------------------------------------------------------------------ a text and its bytes

  /**
   * A text the lean pass refuses gives what its bytes give: whether the parser finds a string just
   * over the limit too long depends on the pieces it is given, and on whether the value is taken
   * as a String (a decimal written as a string is taken from the parser's buffer). A text was read
   * again in the pieces a StringReader gives, its bytes in those of a stream: here the text's read
   * went on past the amount of 1,001 digits (INVALID_NUMBER, or the most violations) where the
   * bytes' stopped at it (STRING_TOO_LONG).
   */
  @Test
  void aTextGivesWhatItsBytesGiveAlsoWhereTheParserFindsAStringTooLongByItsPieces() throws IOException {
    String golden = new String(TestResources.bytes(TestResources.resources("golden").resolve("every-property.json")),
        StandardCharsets.UTF_8);
    int at = golden.indexOf("\"amount\": \"") + "\"amount\": \"".length();
    String text = " ".repeat(4388) + golden.substring(0, at) + "1".repeat(1001) + golden.substring(golden.indexOf('"', at));
    byte[] bytes = utf8(text);
    for (KansenJson json : List.of(KansenJson.builder().maxStringLength(1000).build(),
        KansenJson.builder().maxStringLength(1000).maxViolations(1).build())) {
      List<Violation> fromBytes = refused(() -> json.read(bytes));
      assertEquals("STRING_TOO_LONG", fromBytes.get(0).code());
      assertEquals(fromBytes, refused(() -> json.read(text)));
      assertEquals(fromBytes, refused(() -> json.read(new ByteArrayInputStream(bytes))));
      assertEquals(fromBytes, refused(() -> json.readValidated(text, Validator.standard(), CONTEXT)));
    }
  }

  // ------------------------------------------------------------------ JSON Lines

  private static List<ReadDifferentialTest.Outcome> lines(KansenJson json, String input) {
    return ReadDifferentialTest.elements(() -> json.readLines(new ByteArrayInputStream(utf8(input))));
  }

  /** A line's break is not part of its document: a document of exactly the limit ending in CRLF is read, as with LF. */
  @Test
  void aLineOfExactlyTheLimitEndingInCrLfIsRead() {
    String at = document(1000, "d");
    Programme p = LIMITED.read(at);
    assertEquals(List.of(ReadDifferentialTest.Outcome.of(p)), lines(LIMITED, at + "\n"));
    assertEquals(List.of(ReadDifferentialTest.Outcome.of(p), ReadDifferentialTest.Outcome.of(p)),
        lines(LIMITED, at + "\r\n" + at + "\r\n"));
  }

  /**
   * A line is limited like a document, in characters: a line of the limit in characters but more
   * in bytes is read as the document is; one character more is INPUT_TOO_LARGE on its line, saying
   * characters, and the next line is read.
   */
  @Test
  void aLineIsLimitedInCharactersAsADocumentIs() {
    String at = document(1000, "\u20ac");
    assertTrue(utf8(at).length > 2000, "three bytes per euro sign");
    Programme p = LIMITED.read(utf8(at));
    assertEquals(List.of(ReadDifferentialTest.Outcome.of(p)), lines(LIMITED, at + "\n"));
    String over = document(1001, "\u20ac");
    List<ReadDifferentialTest.Outcome> read = lines(LIMITED, at + "\n" + over + "\r\n" + at);
    assertEquals(3, read.size(), read::toString);
    assertEquals(p, read.get(0).programme());
    Violation tooLarge = read.get(1).violations().get(0);
    assertEquals("INPUT_TOO_LARGE", tooLarge.code());
    assertEquals(new Position(2, 1), tooLarge.position().orElseThrow());
    assertEquals("Line 2 is longer than the maximum of 1000 characters", tooLarge.message());
    assertEquals(p, read.get(2).programme());
    assertFalse(read.get(1).read());
  }

  /**
   * A stream that hands out no bytes on some reads is read to its end as JSON Lines, as it is as a
   * document and as an array: a read of none is not the end of the stream (the lines after it were
   * lost, without a word).
   */
  @Test
  void jsonLinesFromAStreamThatHandsOutNothingOnSomeReadsAreReadToTheEnd() throws IOException {
    String line = document(1000, "d");
    Programme p = LIMITED.read(line);
    byte[] input = utf8(line + "\n" + line + "\r\n\n" + line);
    List<ReadDifferentialTest.Outcome> read = ReadDifferentialTest.elements(() -> LIMITED.readLines(new Stuttering(input)));
    assertEquals(List.of(ReadDifferentialTest.Outcome.of(p), ReadDifferentialTest.Outcome.of(p),
        ReadDifferentialTest.Outcome.of(p)), read);
    byte[] array = utf8("[" + line + ",\n" + line + "]");
    assertEquals(List.of(ReadDifferentialTest.Outcome.of(p), ReadDifferentialTest.Outcome.of(p)),
        ReadDifferentialTest.elements(() -> LIMITED.readArray(new Stuttering(array))));
    assertEquals(p, LIMITED.read(new Stuttering(utf8(line))));
  }
}
