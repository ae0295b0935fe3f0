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
 */
public final class ProgrammeSequenceWriter implements AutoCloseable {
  private static final byte[] NEWLINE = {'\n'};
  private static final byte[] OPEN = {'[', '\n'};
  private static final byte[] BETWEEN = {',', '\n'};

  private final DocumentWriter writer;
  private final OutputStream out;
  private final boolean array;
  private boolean first = true;
  private boolean closed;

  ProgrammeSequenceWriter(DocumentWriter writer, OutputStream out, boolean array) {
    this.writer = writer;
    this.out = out;
    this.array = array;
  }

  /**
   * Writes the next programme.
   *
   * @param programme the programme
   * @throws IOException when writing to the stream fails
   * @throws IllegalStateException when the writer is closed
   * @throws IllegalArgumentException when the programme's unknown properties are not valid JSON, or
   *     it holds a value beyond the reading limits (see {@link KansenJson#write(Programme)})
   */
  public void write(Programme programme) throws IOException {
    if (closed) {
      throw new IllegalStateException("The sequence writer is closed");
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
   * Ends the sequence and flushes; the output stream stays open. Closing twice does nothing.
   *
   * @throws IOException when writing to the stream fails
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (array) {
      out.write((first ? "[]\n" : "\n]\n").getBytes(StandardCharsets.UTF_8));
    }
    out.flush();
  }
}
