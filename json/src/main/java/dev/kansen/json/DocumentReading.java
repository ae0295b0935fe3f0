package dev.kansen.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.kansen.json.internal.DocumentReader;
import dev.kansen.json.internal.PositionTable;
import dev.kansen.json.internal.StreamBytes;
import dev.kansen.json.internal.StrictUtf8Reader;
import dev.kansen.json.internal.Utf8;
import dev.kansen.model.Programme;
import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import dev.kansen.validation.ReadCode;
import dev.kansen.validation.Severity;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one document, from a text, bytes or a stream, for {@link KansenJson}: the lean pass over
 * UTF-8 bytes first, and when it refuses the document, the diagnostic pass over the document's
 * characters, so that every violation is placed exactly as in the characters.
 */
final class DocumentReading {
  // the most bytes of a stream read into memory to be read as bytes, which is faster; a longer
  // document is read as it streams
  static final int BUFFERED = 1 << 22;

  private final long maxDocumentLength;
  private final JsonFactory documents;
  private final JsonFactory lean;
  // the diagnostic pass: reads a document again after the lean pass, as if that pass had not run
  private final JsonFactory again;
  private final DocumentReader reader;

  /**
   * @param maxDocumentLength the most characters a document may span
   * @param documents the factory of finding positions
   * @param lean the factory of the lean pass
   * @param again the factory of the diagnostic pass, which reads a document as if from the stream
   *     alone: with buffers of its own, since where Jackson finds a string too long depends on them
   *     (see JsonFactories#unpooled), and a thread's pooled ones are as large as the longest string
   *     it read before
   * @param reader reads the documents
   */
  DocumentReading(long maxDocumentLength, JsonFactory documents, JsonFactory lean, JsonFactory again,
      DocumentReader reader) {
    this.maxDocumentLength = maxDocumentLength;
    this.documents = documents;
    this.lean = lean;
    this.again = again;
    this.reader = reader;
  }

  /** As {@link KansenJson#read(String)}. */
  Programme text(String json) {
    String text = withoutByteOrderMark(json);
    return text(text, utf8(text), null);
  }

  /**
   * Reads a text as UTF-8 by the lean pass, much faster than through a Reader. A text that is not
   * a usable programme is read again from those bytes as they are (see {@link #again}), so that it
   * gives what its bytes and a stream of them give; its violations are placed in the text all the
   * same, since the parser counts the characters decoded. A text that is not to be read as bytes is
   * read as characters.
   *
   * @param text the document without its byte-order mark
   * @param bytes its {@link #utf8} bytes, or null when it is not to be read as bytes
   * @param positions where the lean pass records where values start; null for none
   */
  private Programme text(String text, byte[] bytes, PositionTable positions) {
    if (text.length() > maxDocumentLength) {
      throw tooLarge();
    }
    Programme programme = bytes == null ? null : lean(bytes, positions);
    return programme != null ? programme : bytes != null ? again(bytes) : readText(text);
  }

  private static String withoutByteOrderMark(String json) {
    return json.startsWith("\uFEFF") ? json.substring(1) : json;
  }

  /**
   * Reads a text as characters, in the pieces a {@link StringReader} gives: where the parser finds
   * a problem at the end of a piece (a name longer than allowed, found as a name or as a string)
   * depends on them.
   */
  private Programme readText(String text) {
    try {
      return readFrom(again, new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException("Reading from a String cannot fail", e);
    }
  }

  /**
   * @param text a document without its byte-order mark
   * @return its UTF-8 bytes, or null when they are not to be read: when the text is too long (and
   *     refused as it is), when UTF-8 cannot encode it (a surrogate alone), or when it starts with a
   *     second byte-order mark, which Jackson's byte parser would skip and the text's reader reports
   */
  private byte[] utf8(String text) {
    return text.length() > maxDocumentLength || text.startsWith("\uFEFF") ? null : Utf8.encode(text);
  }

  /** As {@link KansenJson#read(byte[])}. */
  Programme bytes(byte[] json) {
    return read(json, null);
  }

  /**
   * @param positions where the lean pass records where values start; discarded when the document
   *     is read from the stream instead; null for none
   */
  private Programme read(byte[] json, PositionTable positions) {
    if (Utf8.documentLongerThan(json, maxDocumentLength)) {
      throw tooLarge();
    }
    Programme programme = lean(json, positions);
    if (programme != null) {
      return programme;
    }
    return again(json);
  }

  /**
   * The diagnostic pass over a document's bytes, decoded in the pieces a stream of them gives:
   * where the parser finds a string or name too long, and the length it names, depends on the
   * pieces, so a text is read in the pieces of its bytes too, and gives what they give.
   */
  private Programme again(byte[] json) {
    try {
      return readFrom(again, new StrictUtf8Reader(new ByteArrayInputStream(json)));
    } catch (IOException e) {
      throw new UncheckedIOException("Reading from a byte array cannot fail", e);
    }
  }

  /**
   * The lean pass over a whole document's bytes. Jackson's byte parser is much faster than
   * decoding through StrictUtf8Reader, but it counts columns in bytes. A document that reads
   * without a violation has no positions to report; one that has violations is to be read again
   * as characters, so that every position counts characters, exactly as from a stream. A document
   * longer in bytes than the limit, but not in characters, is read as characters too: Jackson's
   * byte parser counts bytes.
   *
   * @param positions where to record where values start; discarded when the document is to be
   *     read again; null for none
   * @return the programme, or null when the document is to be read again as characters
   */
  private Programme lean(byte[] json, PositionTable positions) {
    int utf8 = json.length <= maxDocumentLength ? Utf8.scan(json) : Utf8.MALFORMED;
    if (utf8 != Utf8.MALFORMED) {
      try (JsonParser p = lean.createParser(json)) {
        return reader.document(p, false, utf8 == Utf8.SURROGATE_ESCAPES, positions);
      } catch (KansenJsonException | StreamConstraintsException e) {
        // read again by the caller
      } catch (IOException e) {
        throw new UncheckedIOException("Reading from a byte array cannot fail", e);
      }
    }
    if (positions != null) {
      positions.discard();
    }
    return null;
  }

  /** As {@link KansenJson#read(InputStream)}. */
  Programme stream(InputStream in) throws IOException {
    // every document that may be within the limit, up to what is held: read as its bytes are
    int bound = (int) Math.min(BUFFERED, mostBytes(maxDocumentLength));
    StreamBytes.Head head = StreamBytes.head(in, bound);
    if (head.failure() == null && head.bytes().length <= bound) {
      // a document the lean pass refuses is read again as if from the stream alone
      return read(head.bytes(), null);
    }
    // longer than is held, or the stream failed: read as it streams, the bytes already read first,
    // in the pieces the stream alone would give, so that what is found (a violation before the
    // failure, a document too long at its place) is what reading the stream alone finds
    return readFrom(again, new StrictUtf8Reader(head.then(in)));
  }

  private static boolean isTooLarge(KansenJsonException e) {
    return e.violations().stream().anyMatch(v -> ReadCode.INPUT_TOO_LARGE.name().equals(v.code()));
  }

  /**
   * Reads a whole document into memory, so that it is read by the lean pass (see {@link #bytes(byte[])}).
   * Memory is bounded: reading stops once the input is longer than any document within the
   * maximum document length could be.
   */
  byte[] readAll(InputStream in) throws IOException {
    long most = mostBytes(maxDocumentLength);
    byte[] json = StreamBytes.upTo(in, (int) most);
    if (json.length > most) {
      throw tooLarge();
    }
    return json;
  }

  /**
   * @param maxDocumentLength the most characters a document may span
   * @return the most bytes a document within it can take: three per character (a pair of
   *     surrogates takes 4 bytes for 2 characters) and a byte-order mark, which is no character;
   *     three times a limit beyond what an array holds would overflow
   */
  static long mostBytes(long maxDocumentLength) {
    return maxDocumentLength > (Integer.MAX_VALUE - 19L) / 3 ? Integer.MAX_VALUE - 16L : 3 * maxDocumentLength + 3;
  }

  /** As {@link KansenJson#readValidated(byte[], Validator, ValidationContext)}. */
  ValidatedProgramme validated(byte[] json, Validator validator, ValidationContext context) {
    // the one read records where values start, so the findings are placed without reading again
    PositionTable positions = PositionTable.forDocument(json);
    Programme programme;
    try {
      programme = read(json, positions);
    } catch (KansenJsonException e) {
      throw everyProblem(e, json, validator, context);
    }
    return ValidatedReading.validated(documents, programme, json, positions, validator, context);
  }

  private KansenJsonException everyProblem(KansenJsonException refused, byte[] json, Validator validator,
      ValidationContext context) {
    byte[] text = Utf8.startsWithByteOrderMark(json) ? Arrays.copyOfRange(json, 3, json.length) : json;
    return isTooLarge(refused) ? refused
        : EveryProblem.of(refused, text, again, reader, validator, context);
  }

  /** As {@link KansenJson#readValidated(String, Validator, ValidationContext)}. */
  ValidatedProgramme validated(String json, Validator validator, ValidationContext context) {
    String text = withoutByteOrderMark(json);
    byte[] bytes = utf8(text);
    // a text read as bytes is read once, recording where values start, as bytes are: its findings
    // are placed at the same lines and columns, which count characters
    PositionTable positions = bytes == null ? null : PositionTable.forDocument(bytes);
    // findings and problems are placed in the text's bytes; a text not read as bytes (a surrogate
    // alone) is encoded with a question mark in its place, as the placing has always done
    byte[] placed = bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8);
    Programme programme;
    try {
      programme = text(text, bytes, positions);
    } catch (KansenJsonException e) {
      throw everyProblem(e, placed, validator, context);
    }
    return ValidatedReading.validated(documents, programme, placed, positions, validator, context);
  }

  private Programme readFrom(JsonFactory factory, Reader source) throws IOException {
    try (JsonParser p = factory.createParser(source)) {
      return reader.document(p);
    }
  }

  private KansenJsonException tooLarge() {
    return new KansenJsonException(List.of(Violation.builder()
        .from(CodeMessage.variant(ReadCode.INPUT_TOO_LARGE, "characters", "max", maxDocumentLength).at(JsonPointer.root()))
        .severity(Severity.ERROR).position(new Position(1, 1)).build()));
  }
}
