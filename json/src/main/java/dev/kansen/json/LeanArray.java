package dev.kansen.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.kansen.json.internal.DocumentReader;
import dev.kansen.json.internal.Utf8;
import dev.kansen.model.Programme;
import java.io.IOException;

/**
 * A JSON array of programmes held in memory, its elements read by the lean pass one after another
 * (see {@link DocumentReading}): Jackson's parser of bytes, and no positions, pointers or
 * messages. At the first thing that pass does not take (an element that is not a usable programme
 * or is too long, a separator missing, content after the array) it hands over to the diagnostic
 * reading of the same bytes from their start ({@link StreamedArray}), which passes over the
 * elements already given out and goes on from there. So what the caller gets, element by element,
 * is what reading the array as it streams gives: the lean pass only gives an element that pass
 * would give the same.
 */
final class LeanArray implements ProgrammeIterator.Source, AutoCloseable {
  /** Starts the diagnostic reading of the array from its start. */
  @FunctionalInterface
  interface Again {
    StreamedArray start() throws IOException;
  }

  // the bytes, the parser of them and the start of the diagnostic reading of them: let go once
  // closed, which the iterator does at the end of the array, so that a caller who keeps the iterator
  // does not keep the array's bytes
  private byte[] bytes;
  private JsonParser parser;
  private final boolean surrogateEscapes;
  private final DocumentReader reader;
  private final long maxDocumentLength;
  private Again again;
  // how many elements the lean pass gave out
  private int given;
  // the diagnostic reading, once handed over to
  private StreamedArray streamed;

  private LeanArray(byte[] bytes, JsonParser parser, boolean surrogateEscapes, DocumentReader reader,
      long maxDocumentLength, Again again) {
    this.bytes = bytes;
    this.parser = parser;
    this.surrogateEscapes = surrogateEscapes;
    this.reader = reader;
    this.maxDocumentLength = maxDocumentLength;
    this.again = again;
  }

  /**
   * Starts reading an array by the lean pass.
   *
   * @param bytes the whole input
   * @param factory a factory without a document limit of its own
   * @param reader the document reader
   * @param maxDocumentLength the most characters one element may span
   * @param again starts the diagnostic reading of the same bytes
   * @return the array after its start, or null when the lean pass does not take its start: the
   *     input is not UTF-8, starts with a byte-order mark, or does not start an array
   */
  static LeanArray start(byte[] bytes, JsonFactory factory, DocumentReader reader, long maxDocumentLength,
      Again again) throws IOException {
    int utf8 = Utf8.scan(bytes);
    if (utf8 == Utf8.MALFORMED || Utf8.startsWithByteOrderMark(bytes)) {
      return null;
    }
    JsonParser p = factory.createParser(bytes);
    try {
      if (p.nextToken() == JsonToken.START_ARRAY) {
        return new LeanArray(bytes, p, utf8 == Utf8.SURROGATE_ESCAPES, reader, maxDocumentLength, again);
      }
    } catch (JsonProcessingException e) {
      // the diagnostic reading reports it
    }
    p.close();
    return null;
  }

  @Override
  public DocumentReader.Element next() throws IOException {
    if (streamed != null) {
      return streamed.next();
    }
    try {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY && parser.nextToken() == null) {
        return DocumentReader.Element.END;
      }
      if (token == JsonToken.START_OBJECT) {
        long start = parser.currentTokenLocation().getByteOffset();
        Programme programme = reader.leanElement(parser, surrogateEscapes);
        if (programme != null && fits(start, parser.currentLocation().getByteOffset())) {
          given++;
          return new DocumentReader.Element(programme, null, true);
        }
      }
    } catch (JsonProcessingException e) {
      // handed over
    }
    return handOver();
  }

  /** @return whether the element between two byte offsets spans at most the most characters one may */
  private boolean fits(long start, long end) {
    // a character takes at least one byte
    return end - start <= maxDocumentLength || Utf8.characters(bytes, (int) start, (int) end) <= maxDocumentLength;
  }

  /** Hands over to the diagnostic reading, past the elements already given out. */
  private DocumentReader.Element handOver() throws IOException {
    parser.close();
    try {
      streamed = again.start();
    } catch (KansenJsonException e) {
      // cannot be: the lean pass read the array's start
      return new DocumentReader.Element(null, e, false);
    }
    for (int i = 0; i < given; i++) {
      DocumentReader.Element passed = streamed.next();
      if (passed.programme() == null) {
        throw new IllegalStateException("The lean pass gave element " + i + " of an array that the diagnostic pass"
            + " does not give: " + (passed.isEnd() ? "the end" : passed.failure().getMessage()));
      }
    }
    return streamed.next();
  }

  /** @return whether this array was handed over to the diagnostic reading */
  boolean handedOver() {
    return streamed != null;
  }

  /** @return whether this array still holds its bytes: until it is closed */
  boolean holdsBytes() {
    return bytes != null;
  }

  @Override
  public void close() throws IOException {
    JsonParser p = parser;
    parser = null;
    bytes = null;
    again = null;
    try {
      if (p != null) {
        p.close();
      }
    } finally {
      if (streamed != null) {
        streamed.close();
      }
    }
  }
}
