package dev.kansen.json;

import dev.kansen.json.internal.DocumentWriter;
import dev.kansen.model.Programme;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes programmes one at a time as a JSON array or as JSON Lines, in bounded memory: each
 * programme is written in canonical compact form on a line of its own. Close it to end the
 * sequence (for an array, that writes the closing bracket); the output stream stays open.
 *
 * <p>A failure of the output stream, checked or unchecked, ends the sequence: nothing is written
 * to the stream after it, since what reached the stream of the programme being written is not
 * known. A later {@link #write} throws {@link IllegalStateException} with the failure as its
 * cause, and {@link #close} writes no end and does not flush. What the stream holds is then the
 * start of the sequence, nothing repeated or added after the failure.
 */
public final class ProgrammeSequenceWriter implements AutoCloseable {
  private static final byte[] NEWLINE = {'\n'};
  private static final byte[] OPEN = {'[', '\n'};
  private static final byte[] BETWEEN = {',', '\n'};

  private final DocumentWriter writer;
  private final Watched out;
  private final boolean array;
  private boolean first = true;
  private boolean closed;

  ProgrammeSequenceWriter(DocumentWriter writer, OutputStream out, boolean array) {
    this.writer = writer;
    this.out = new Watched(out);
    this.array = array;
  }

  /**
   * The caller's stream, remembering its first failure: a refusal of a programme (before anything
   * reaches the stream) lets the sequence go on, a failure of the stream ends it.
   */
  private static final class Watched extends OutputStream {
    private final OutputStream out;
    private Throwable failure;

    Watched(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException | RuntimeException | Error e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException | RuntimeException | Error e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException | RuntimeException | Error e) {
        failure = e;
        throw e;
      }
    }
  }

  /**
   * Writes the next programme.
   *
   * @param programme the programme
   * @throws IOException when writing to the stream fails
   * @throws IllegalStateException when the writer is closed, or writing to the stream failed
   *     before (the failure is the cause)
   * @throws IllegalArgumentException when the programme's unknown properties are not valid JSON, or
   *     it holds a value beyond the reading limits (see {@link KansenJson#write(Programme)})
   */
  public void write(Programme programme) throws IOException {
    if (closed) {
      throw new IllegalStateException("The sequence writer is closed");
    }
    if (out.failure != null) {
      throw new IllegalStateException("The sequence writer cannot go on: writing to the stream failed", out.failure);
    }
    if (array) {
      // written once complete, separator and document: a programme that cannot be written leaves no partial output
      writer.write(programme, false, first ? OPEN : BETWEEN, out);
    } else {
      writer.write(programme, false, out);
      out.write(NEWLINE);
    }
    first = false;
  }

  /**
   * Ends the sequence and flushes; the output stream stays open. Closing twice does nothing; after
   * a failure of the stream, closing writes nothing and does not flush.
   *
   * @throws IOException when writing to the stream fails
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (out.failure != null) {
      return;
    }
    if (array) {
      out.write((first ? "[]\n" : "\n]\n").getBytes(StandardCharsets.UTF_8));
    }
    out.flush();
  }
}
