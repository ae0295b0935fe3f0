package dev.kansen.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.kansen.json.internal.DocumentReader;
import dev.kansen.json.internal.StrictUtf8Reader;
import dev.kansen.validation.JsonPointer;
import java.io.IOException;
import java.io.InputStream;

/**
 * A JSON array of programmes read as it streams: one parser over the whole input, each element
 * read by the diagnostic pass, which places every problem at its line and column.
 */
final class StreamedArray implements ProgrammeIterator.Source, AutoCloseable {
  private final JsonParser parser;
  private final DocumentReader reader;
  private final long maxDocumentLength;
  // the index of the next element
  private int index;

  private StreamedArray(JsonParser parser, DocumentReader reader, long maxDocumentLength) {
    this.parser = parser;
    this.reader = reader;
    this.maxDocumentLength = maxDocumentLength;
  }

  /**
   * Starts reading an array.
   *
   * @param factory a factory without a document limit of its own
   * @param reader the document reader
   * @param maxDocumentLength the most characters one element may span
   * @param in the array in UTF-8
   * @return the array, after its start
   * @throws KansenJsonException when the input does not start a JSON array
   * @throws IOException when reading the stream fails
   */
  static StreamedArray start(JsonFactory factory, DocumentReader reader, long maxDocumentLength, InputStream in)
      throws IOException {
    JsonParser p = factory.createParser(new StrictUtf8Reader(in));
    try {
      reader.startArray(p);
    } catch (KansenJsonException | IOException e) {
      p.close();
      throw e;
    }
    return new StreamedArray(p, reader, maxDocumentLength);
  }

  @Override
  public DocumentReader.Element next() throws IOException {
    DocumentReader.Element element = reader.element(parser, JsonPointer.root().index(index), maxDocumentLength);
    if (element.isEnd()) {
      return reader.afterArray(parser);
    }
    index++;
    return element;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
