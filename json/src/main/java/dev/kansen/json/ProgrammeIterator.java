package dev.kansen.json;

import dev.kansen.json.internal.DocumentReader;
import dev.kansen.model.Programme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The programmes of a JSON array or a JSON Lines input, read one at a time so that memory stays
 * bounded however long the input is. Close it when done; it does not close the input stream. What
 * it holds (the parser, and an array read into memory) it lets go of once the sequence has ended.
 *
 * <p>{@link #next()} throws a {@link KansenJsonException} for an element that is not a readable
 * programme; when the input around it is intact (content problems, not broken syntax), iteration
 * goes on with the next element. Violation paths are JSON Pointers into the whole array
 * ({@code /3/partners/0/name}) or, for JSON Lines, into the line's document with the position's
 * line being the line of the input. An I/O failure surfaces as an {@link UncheckedIOException}, an
 * unchecked exception of the input stream as it is; either ends the sequence.
 */
public final class ProgrammeIterator implements Iterator<Programme>, AutoCloseable {
  /** Gives the next element of a sequence. */
  @FunctionalInterface
  interface Source {
    DocumentReader.Element next() throws IOException;
  }

  private final Source source;
  private final AutoCloseable resource;
  private DocumentReader.Element pending;
  private boolean finished;
  private boolean released;

  ProgrammeIterator(Source source, AutoCloseable resource) {
    this.source = source;
    this.resource = resource;
  }

  /**
   * Looks ahead by reading the next element.
   *
   * @return whether another element (a programme or a failure to read one) follows
   * @throws UncheckedIOException when reading the input fails
   */
  @Override
  public boolean hasNext() {
    if (pending != null) {
      return true;
    }
    if (finished) {
      return false;
    }
    try {
      DocumentReader.Element element = source.next();
      if (element.isEnd()) {
        finish();
        return false;
      }
      pending = element;
      if (!element.canContinue()) {
        finish();
      }
      return true;
    } catch (IOException e) {
      finished = true;
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      // a stream's unchecked failure ends the sequence as an IOException does: the parser is left
      // somewhere inside an element, and reading on would start a made-up one there
      finished = true;
      throw e;
    }
  }

  /**
   * Ends the sequence and releases the parser and what it read, as {@link #close()} does: a caller
   * who keeps the iterator after its last element does not keep an array held in memory with it.
   */
  private void finish() throws IOException {
    finished = true;
    release();
  }

  /**
   * @return the next programme
   * @throws KansenJsonException when the next element is not a readable programme
   * @throws NoSuchElementException when there are no more elements
   * @throws UncheckedIOException when reading the input fails
   */
  @Override
  public Programme next() {
    if (!hasNext()) {
      throw new NoSuchElementException("No more programmes");
    }
    DocumentReader.Element element = pending;
    pending = null;
    if (element.failure() != null) {
      throw element.failure();
    }
    return element.programme();
  }

  /**
   * Releases the parser, if the end of the sequence has not released it already; the input stream
   * stays open, its owner closes it.
   *
   * @throws IOException when releasing fails
   */
  @Override
  public void close() throws IOException {
    finished = true;
    pending = null;
    release();
  }

  /** Closes the resource, once. */
  private void release() throws IOException {
    if (released) {
      return;
    }
    released = true;
    try {
      resource.close();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
