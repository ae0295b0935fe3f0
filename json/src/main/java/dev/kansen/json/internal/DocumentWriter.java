package dev.kansen.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.kansen.model.Programme;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes one programme document into memory, so that a programme that cannot be written leaves
 * no partial output, and refuses what reading with the same limits would refuse.
 */
public final class DocumentWriter {
  private static final DefaultPrettyPrinter PRETTY = JsonFactories.prettyPrinter();

  private static final byte[] NOTHING = {};

  private final JsonFactory factory;
  private final JsonFactories.Limits limits;
  // The size of the last document written: the next buffer starts a little larger, so that
  // programmes of a similar size are written without growing and copying the buffer. Racy by
  // design: any value read is a valid hint.
  private int lastSize = 4096;
  // The first block of the last document once it has left the writer, for the next document to
  // write into instead of allocating (and zeroing) a block of the same size again. Taken and given
  // back atomically, so writers on several threads never share a block; a block larger than
  // SPARE_LIMIT is not kept.
  private final AtomicReference<byte[]> spare = new AtomicReference<>();
  private static final int SPARE_LIMIT = 1 << 20;

  /**
   * @param factory the factory to write with
   * @param limits the reading limits the output must keep
   */
  public DocumentWriter(JsonFactory factory, JsonFactories.Limits limits) {
    this.factory = factory;
    this.limits = limits;
  }

  /**
   * @param programme a programme
   * @param pretty true for the indented form ending with a line feed, false for one line
   * @return the document in UTF-8
   * @throws IllegalArgumentException when the programme cannot be written, or not within the limits
   */
  public byte[] write(Programme programme, boolean pretty) {
    ByteSink out = buffer(programme, pretty);
    byte[] bytes = out.toByteArray();
    giveBack(out);
    return bytes;
  }

  /**
   * @param programme a programme
   * @param pretty true for the indented form ending with a line feed, false for one line
   * @return the document
   * @throws IllegalArgumentException when the programme cannot be written, or not within the limits
   */
  public String text(Programme programme, boolean pretty) {
    ByteSink out = buffer(programme, pretty);
    String text = out.utf8();
    giveBack(out);
    return text;
  }

  /**
   * Writes the document to a stream once it is complete, without copying it.
   *
   * @param programme a programme
   * @param pretty true for the indented form ending with a line feed, false for one line
   * @param to where to write
   * @throws IOException when writing to the stream fails
   * @throws IllegalArgumentException when the programme cannot be written, or not within the limits
   */
  public void write(Programme programme, boolean pretty, OutputStream to) throws IOException {
    write(programme, pretty, NOTHING, to);
  }

  /**
   * Writes some bytes and then the document to a stream, once the document is complete and without
   * copying it: when the programme cannot be written, neither reaches the stream.
   *
   * @param programme a programme
   * @param pretty true for the indented form ending with a line feed, false for one line
   * @param before the bytes to write before the document
   * @param to where to write
   * @throws IOException when writing to the stream fails
   * @throws IllegalArgumentException when the programme cannot be written, or not within the limits
   */
  public void write(Programme programme, boolean pretty, byte[] before, OutputStream to) throws IOException {
    ByteSink out = buffer(programme, pretty);
    if (before.length > 0) {
      to.write(before);
    }
    out.writeTo(to);
    giveBack(out);
  }

  /** Keeps the first block of a document that has left the writer, for the next document. */
  private void giveBack(ByteSink out) {
    byte[] first = out.first();
    if (first.length <= SPARE_LIMIT) {
      spare.set(first);
    }
  }

  /**
   * Writes the document into memory: in the compact form straight to bytes, unless the compact
   * writer gives up (at anything the limited generator refuses, or kept unknown properties); the
   * indented form, and the compact one when it gave up, through the limited generator, which
   * writes the same bytes or refuses with the value's JSON Pointer.
   */
  private ByteSink buffer(Programme programme, boolean pretty) {
    int hint = lastSize;
    int wanted = Math.max(hint + (hint >> 3), 256);
    byte[] kept = spare.getAndSet(null);
    byte[] first = kept != null && kept.length >= wanted ? kept : new byte[wanted];
    ByteSink out = pretty ? null : compact(programme, first);
    if (out == null) {
      out = throughGenerator(programme, pretty, first);
    }
    if (out.size() > limits.maxDocumentLength()) {
      throw new IllegalArgumentException("Cannot write programme " + programme.id() + ": the document has "
          + out.size() + " bytes, more than the maximum of " + limits.maxDocumentLength()
          + " that reading accepts; kansen does not write what it cannot read back");
    }
    lastSize = out.size();
    return out;
  }

  /** @return the compact document, or null when the compact writer gave up */
  private ByteSink compact(Programme programme, byte[] first) {
    CompactWriter w = new CompactWriter(first, limits.maxStringLength(), limits.maxNameLength(),
        limits.maxNumberLength(), limits.maxNestingDepth());
    try {
      WireTypes.PROGRAMME.writeCompact(w, programme);
    } catch (CompactWriter.GiveUp e) {
      return null;
    }
    return new ByteSink(w.buffer(), w.length());
  }

  /**
   * Writes the document through the limited generator, as the compact writer does not.
   *
   * @param programme a programme
   * @param pretty true for the indented form ending with a line feed, false for one line
   * @param first the first block to write into
   * @return the document
   * @throws IllegalArgumentException when the programme cannot be written, or not within the limits
   */
  ByteSink throughGenerator(Programme programme, boolean pretty, byte[] first) {
    ByteSink out = new ByteSink(first);
    try (JsonGenerator g = new LimitedGenerator(factory.createGenerator(out), limits.maxStringLength(),
        limits.maxNameLength(), limits.maxNumberLength(), limits.maxNestingDepth())) {
      if (pretty) {
        g.setPrettyPrinter(PRETTY.createInstance());
      }
      WireTypes.PROGRAMME.write(g, programme);
    } catch (JsonGenerationException e) {
      throw new IllegalArgumentException("Cannot write programme " + programme.id() + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to memory cannot fail", e);
    }
    if (pretty) {
      out.write('\n');
    }
    return out;
  }
}
