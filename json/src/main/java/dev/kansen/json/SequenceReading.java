package dev.kansen.json;

import com.fasterxml.jackson.core.JsonFactory;
import dev.kansen.json.internal.DocumentReader;
import dev.kansen.json.internal.LineSplitter;
import dev.kansen.json.internal.StreamBytes;
import dev.kansen.json.internal.Utf8;
import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ReadCode;
import dev.kansen.model.Programme;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import dev.kansen.validation.Severity;
import dev.kansen.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/** The state machines of reading sequences: a JSON array of programmes, and JSON Lines. */
final class SequenceReading {
  // the most bytes of an array read into memory to be read as bytes, which is faster, when the
  // limit of one element is larger; never fewer than a document's (DocumentReading#BUFFERED). As
  // much as a stream's first buffer may take, so that an array held is read into one array
  private static final int ARRAY_BUFFERED = StreamBytes.LARGEST_FIRST;

  private SequenceReading() {}

  /**
   * @param maxDocumentLength the most characters one element may span
   * @return the most bytes of an array read into memory: the limit of one element, at least what
   *     is held of one document and at most 16 MiB, so that reading an array holds no more than
   *     one element of it may take, or than a document does
   */
  static int arrayBound(long maxDocumentLength) {
    return (int) Math.max(DocumentReading.BUFFERED, Math.min(ARRAY_BUFFERED, maxDocumentLength));
  }

  /**
   * Reads a JSON array of programmes. An array of up to {@code bound} bytes is read into memory
   * and its elements by the lean pass ({@link LeanArray}); a longer one, or one whose stream fails,
   * is read as it streams ({@link StreamedArray}).
   *
   * @param factories the parser factories of sequences
   * @param reader the document reader
   * @param maxDocumentLength the most characters one element may span
   * @param bound the most bytes of the stream read into memory
   * @param in the array in UTF-8
   * @return the programmes
   * @throws KansenJsonException when the input does not start a JSON array
   * @throws IOException when reading the stream fails
   */
  static ProgrammeIterator array(Factories factories, DocumentReader reader, long maxDocumentLength, int bound,
      InputStream in) throws IOException {
    StreamBytes.Head head = StreamBytes.head(in, bound);
    if (head.failure() != null || head.bytes().length > bound) {
      // the bytes already read first, in the pieces the stream alone would give
      return iterator(StreamedArray.start(factories.diagnostic(), reader, maxDocumentLength, head.then(in)));
    }
    byte[] bytes = head.bytes();
    // an array the lean pass does not take, or an element of it, is read again from its start as
    // if from the stream alone, with buffers of its own (see JsonFactories#unpooled)
    LeanArray.Again again = () -> StreamedArray.start(factories.diagnostic(), reader, maxDocumentLength,
        new ByteArrayInputStream(bytes));
    LeanArray lean = LeanArray.start(bytes, factories.lean(), reader, maxDocumentLength, again);
    return lean != null ? new ProgrammeIterator(lean, lean) : iterator(again.start());
  }

  private static ProgrammeIterator iterator(StreamedArray array) {
    return new ProgrammeIterator(array, array);
  }

  /**
   * The parser factories of arrays, each without a document limit of its own.
   *
   * @param lean reads an array held in memory by the lean pass
   * @param diagnostic reads an array as it streams, or held in memory again after the lean pass,
   *     with buffers of its own: where Jackson finds a string too long depends on them (see
   *     JsonFactories#unpooled), and a thread's pooled ones are as large as the longest string it
   *     read before
   */
  record Factories(JsonFactory lean, JsonFactory diagnostic) {}

  /**
   * @param read reads one line's document
   * @param maxDocumentLength the most characters one line may hold, its line break not counted
   * @param in the lines in UTF-8
   * @return the programmes
   * @throws IOException when reading the stream fails
   */
  static ProgrammeIterator lines(Function<byte[], Programme> read, long maxDocumentLength, InputStream in)
      throws IOException {
    // a line is limited like a document, in characters: the splitter keeps what a line within the
    // limit can take in bytes (and its carriage return), and its characters are counted as a
    // document's are
    LineSplitter lines = new LineSplitter(in, DocumentReading.mostBytes(maxDocumentLength) + 1);
    return new ProgrammeIterator(() -> {
      while (true) {
        LineSplitter.Line line = lines.next();
        if (line == null) {
          return DocumentReader.Element.END;
        }
        if (line.tooLong() || Utf8.documentLongerThan(line.bytes(), maxDocumentLength)) {
          KansenJsonException failure = new KansenJsonException(List.of(Violation.builder()
              .from(CodeMessage.variant(ReadCode.INPUT_TOO_LARGE, "line", "line", line.number(), "max", maxDocumentLength)
                  .at(JsonPointer.root()))
              .severity(Severity.ERROR).position(new Position(line.number(), 1)).build()));
          return new DocumentReader.Element(null, failure, true);
        }
        if (line.isBlank()) {
          continue;
        }
        try {
          return new DocumentReader.Element(read.apply(line.bytes()), null, true);
        } catch (KansenJsonException e) {
          return new DocumentReader.Element(null,
              new KansenJsonException(DocumentReader.onLine(e.violations(), line.number())), true);
        }
      }
    }, () -> { });
  }
}
