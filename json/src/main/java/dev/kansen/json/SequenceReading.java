package dev.kansen.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.kansen.json.internal.DocumentReader;
import dev.kansen.json.internal.LineSplitter;
import dev.kansen.validation.CodeMessage;
import dev.kansen.validation.ReadCode;
import dev.kansen.json.internal.StrictUtf8Reader;
import dev.kansen.model.Programme;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import dev.kansen.validation.Severity;
import dev.kansen.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/** The state machines of reading sequences: a JSON array of programmes, and JSON Lines. */
final class SequenceReading {
  private SequenceReading() {}

  /**
   * @param sequences a factory without a document limit of its own
   * @param reader the document reader
   * @param maxDocumentLength the most characters one element may span
   * @param in the array in UTF-8
   * @return the programmes
   * @throws KansenJsonException when the input does not start a JSON array
   * @throws IOException when reading the stream fails
   */
  static ProgrammeIterator array(JsonFactory sequences, DocumentReader reader, long maxDocumentLength, InputStream in)
      throws IOException {
    JsonParser p = sequences.createParser(new StrictUtf8Reader(in));
    try {
      reader.startArray(p);
    } catch (KansenJsonException | IOException e) {
      p.close();
      throw e;
    }
    int[] index = {0};
    return new ProgrammeIterator(() -> {
      DocumentReader.Element element = reader.element(p, JsonPointer.root().index(index[0]), maxDocumentLength);
      if (element.isEnd()) {
        return reader.afterArray(p);
      }
      index[0]++;
      return element;
    }, p);
  }

  /**
   * @param read reads one line's document
   * @param maxDocumentLength the most bytes one line may hold
   * @param in the lines in UTF-8
   * @return the programmes
   * @throws IOException when reading the stream fails
   */
  static ProgrammeIterator lines(Function<byte[], Programme> read, long maxDocumentLength, InputStream in)
      throws IOException {
    LineSplitter lines = new LineSplitter(in, maxDocumentLength);
    return new ProgrammeIterator(() -> {
      while (true) {
        LineSplitter.Line line = lines.next();
        if (line == null) {
          return DocumentReader.Element.END;
        }
        if (line.tooLong()) {
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
