package dev.kansen.json;

import com.fasterxml.jackson.core.JsonFactory;
import dev.kansen.json.internal.DocumentReader;
import dev.kansen.json.internal.DocumentWriter;
import dev.kansen.json.internal.JsonFactories;
import dev.kansen.json.internal.Locator;
import dev.kansen.json.internal.WireTypes;
import dev.kansen.model.Programme;
import dev.kansen.validation.JsonPointer;
import dev.kansen.validation.Position;
import dev.kansen.validation.ValidationContext;
import dev.kansen.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes programmes in the kansen JSON wire format (see {@code docs/wire-format.md}).
 *
 * <pre>{@code
 * KansenJson json = KansenJson.strict();
 * Programme programme = json.read(Path.of("programme.json"));
 * String text = json.write(programme);
 * }</pre>
 *
 * <p>Immutable and thread-safe: make one and reuse it. A read returns a programme or throws one
 * {@link KansenJsonException} listing every problem found; input limits (nesting depth, string,
 * number and document length) are stricter than Jackson's defaults and configurable through
 * {@link #builder()}. Writing is canonical: the same programme always gives the same bytes, and
 * {@code write(read(write(p)))} equals {@code write(p)}.
 */
public final class KansenJson {
  /** The wire format version this library writes, and reads completely: {@value}. */
  public static final String FORMAT_VERSION = WireTypes.FORMAT_VERSION;

  private static final KansenJson STRICT = builder().build();
  private static final KansenJson LENIENT = builder().lenient(true).build();

  private final boolean lenient;
  private final long maxDocumentLength;
  private final JsonFactory documents;
  private final SequenceReading.Factories arrays;
  private final DocumentReader reader;
  private final DocumentWriter writer;
  private final DocumentReading reading;

  private KansenJson(Builder b) {
    JsonFactories.Limits limits = new JsonFactories.Limits(b.maxNestingDepth, b.maxStringLength, b.maxNumberLength,
        b.maxDocumentLength);
    this.lenient = b.lenient;
    this.maxDocumentLength = b.maxDocumentLength;
    this.documents = JsonFactories.of(limits, b.maxDocumentLength);
    this.reader = new DocumentReader(b.lenient, b.maxViolations);
    this.writer = new DocumentWriter(documents, limits);
    // the lean pass of lenient reading keeps unknown values without looking at their names, so
    // Jackson checks them for duplicates; the diagnostic pass takes buffers of its own
    // an array's elements are limited like documents: the array's own level is one more to allow
    JsonFactories.Limits elements = limits.nestedOnce();
    this.arrays = new SequenceReading.Factories(b.lenient ? JsonFactories.of(elements, -1) : JsonFactories.lean(elements, -1),
        JsonFactories.unpooled(elements, -1));
    this.reading = new DocumentReading(b.maxDocumentLength, documents,
        b.lenient ? documents : JsonFactories.lean(limits, b.maxDocumentLength),
        JsonFactories.unpooled(limits, b.maxDocumentLength), reader);
  }

  /** @return the strict reader and writer: unknown properties are errors; default limits */
  public static KansenJson strict() {
    return STRICT;
  }

  /**
   * @return the lenient reader and writer: unknown properties (from a newer minor format version)
   *     are kept in each object's {@code unknownProperties()} and written back; default limits
   */
  public static KansenJson lenient() {
    return LENIENT;
  }

  /** @return a builder, strict and with the default limits until told otherwise */
  public static Builder builder() {
    return new Builder();
  }

  /** @return whether this instance keeps unknown properties rather than rejecting them */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * @return the longest string this instance reads, in characters ({@link Builder#maxStringLength(int)});
   *     for {@link #strict()} and {@link #lenient()} the default, which is what {@code kansen validate}
   *     reads. A program that produces documents checks its values against it before writing.
   */
  public int maxStringLength() {
    return documents.streamReadConstraints().getMaxStringLength();
  }

  // ---------------------------------------------------------------- reading one document

  /**
   * Reads a programme from JSON text.
   *
   * @param json the document; a leading byte-order mark is ignored
   * @return the programme
   * @throws KansenJsonException when the text is not a readable programme
   */
  public Programme read(String json) {
    return reading.text(json);
  }

  /**
   * Reads a programme from UTF-8 bytes.
   *
   * @param json the document in UTF-8; a leading byte-order mark is ignored
   * @return the programme
   * @throws KansenJsonException when the bytes are not a readable programme, including bytes
   *     that are not UTF-8
   */
  public Programme read(byte[] json) {
    return reading.bytes(json);
  }

  /**
   * Reads a programme from a UTF-8 stream, up to its end. The stream is not closed. A document of
   * up to 4 MiB that may be within the {@linkplain Builder#maxDocumentLength maximum document
   * length} (up to three bytes a character) is read into memory and then as {@link #read(byte[])}
   * reads it, which is faster, and gives what that gives; a longer one is read as it streams, so
   * that no input makes the read hold more than that besides the values it reads, and is refused
   * where reading it finds a problem.
   *
   * @param in the document in UTF-8; a leading byte-order mark is ignored
   * @return the programme
   * @throws KansenJsonException when the content is not a readable programme
   * @throws IOException only when reading the stream itself fails
   */
  public Programme read(InputStream in) throws IOException {
    return reading.stream(in);
  }

  /**
   * Reads a programme from a UTF-8 file.
   *
   * @param file the file
   * @return the programme
   * @throws KansenJsonException when the content is not a readable programme
   * @throws IOException when the file cannot be read
   */
  public Programme read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  // ---------------------------------------------------------------- writing one document

  /**
   * @param programme a programme
   * @return its canonical, indented JSON text, ending with a line feed
   * @throws IllegalArgumentException when the programme's unknown properties are not valid JSON
   *     or repeat a known property's name, or when it holds a value this instance would refuse to
   *     read (a string, number, nesting or document beyond its limits); the message names the
   *     value's JSON Pointer and the limit
   */
  public String write(Programme programme) {
    return writer.text(programme, true);
  }

  /**
   * @param programme a programme
   * @return its canonical JSON text on one line, without a line feed
   * @throws IllegalArgumentException when the programme's unknown properties are not valid JSON
   *     or repeat a known property's name, or when it holds a value this instance would refuse to
   *     read (a string, number, nesting or document beyond its limits); the message names the
   *     value's JSON Pointer and the limit
   */
  public String writeCompact(Programme programme) {
    return writer.text(programme, false);
  }

  /**
   * Writes the canonical, indented JSON of a programme in UTF-8, ending with a line feed. The
   * stream is flushed, not closed.
   *
   * @param programme a programme
   * @param out where to write
   * @throws IOException when writing to the stream fails
   * @throws IllegalArgumentException when the programme's unknown properties are not valid JSON,
   *     or when it holds a value this instance would refuse to read (see {@link #write(Programme)})
   */
  public void write(Programme programme, OutputStream out) throws IOException {
    writer.write(programme, true, out);
    out.flush();
  }

  /**
   * Writes the canonical one-line JSON of a programme in UTF-8. The stream is flushed, not closed.
   *
   * @param programme a programme
   * @param out where to write
   * @throws IOException when writing to the stream fails
   * @throws IllegalArgumentException when the programme's unknown properties are not valid JSON,
   *     or when it holds a value this instance would refuse to read (see {@link #write(Programme)})
   */
  public void writeCompact(Programme programme, OutputStream out) throws IOException {
    writer.write(programme, false, out);
    out.flush();
  }

  // ---------------------------------------------------------------- sequences

  /**
   * Reads a JSON array of programme documents one element at a time, in bounded memory. Each
   * element is limited like a single document. The stream is not closed.
   *
   * <p>An array of up to 16 MiB (or {@linkplain Builder#maxDocumentLength the limit of one
   * element} in bytes, when that is smaller, but at least 4 MiB) is read into memory first and
   * then read as bytes, which is faster; a longer one is read as it streams. Either way each
   * element, and each problem with its line and column, is the same.
   *
   * @param in the array in UTF-8
   * @return the programmes; close it when done
   * @throws KansenJsonException when the input does not start a JSON array
   * @throws IOException when reading the stream fails
   */
  public ProgrammeIterator readArray(InputStream in) throws IOException {
    return readArray(in, SequenceReading.arrayBound(maxDocumentLength));
  }

  /** {@link #readArray(InputStream)}, reading into memory an array of up to {@code bound} bytes. */
  ProgrammeIterator readArray(InputStream in, int bound) throws IOException {
    return SequenceReading.array(arrays, reader, maxDocumentLength, bound, in);
  }

  /**
   * Reads JSON Lines: one programme document per line, blank lines skipped, in bounded memory.
   * Each line is limited like a single document, in characters, its line break not counted. The
   * stream is not closed.
   *
   * @param in the lines in UTF-8
   * @return the programmes; close it when done
   * @throws IOException when reading the stream fails
   */
  public ProgrammeIterator readLines(InputStream in) throws IOException {
    return SequenceReading.lines(this::read, maxDocumentLength, in);
  }

  /**
   * Starts writing a JSON array of programmes, one compact programme per line.
   *
   * @param out where to write; not closed
   * @return the writer; close it to end the array
   */
  public ProgrammeSequenceWriter writeArray(OutputStream out) {
    return new ProgrammeSequenceWriter(writer, out, true);
  }

  /**
   * Starts writing JSON Lines: one compact programme per line.
   *
   * @param out where to write; not closed
   * @return the writer; close it to flush
   */
  public ProgrammeSequenceWriter writeLines(OutputStream out) {
    return new ProgrammeSequenceWriter(writer, out, false);
  }

  // ---------------------------------------------------------------- schema and positions

  /** @return the JSON Schema (draft 2020-12) of the wire format, as text */
  public static String schema() {
    return SchemaText.TEXT;
  }

  /**
   * Finds where a value starts in a document, for messages about findings (such as the
   * validator's) that carry only a JSON Pointer.
   *
   * @param json the document in UTF-8
   * @param pointer the value's pointer
   * @return the value's line and column; empty when the document has no such value or cannot be
   *     read up to it
   */
  public Optional<Position> locate(byte[] json, JsonPointer pointer) {
    return Locator.locate(documents, json, pointer);
  }

  /**
   * Reads a programme and validates it in one call. The findings get the line and column of the
   * value they are about, so that a tool can point into the file.
   *
   * <pre>{@code
   * ValidatedProgramme result = KansenJson.strict().readValidated(bytes, Validator.standard(),
   *     ValidationContext.asOf(LocalDate.now()));
   * result.report().errors().forEach(System.out::println);
   * }</pre>
   *
   * <p>A document that is not a readable programme throws, and one run still reports every
   * problem: each unusable value is reported and left out, the rest of the document is read, and
   * the exception also lists the validator's findings on that rest, from every rule that cannot
   * depend on what was left out ({@link Validator#validate(Programme, ValidationContext,
   * dev.kansen.validation.LeftOut)}; {@code docs/rules.md} describes it). The programme without
   * those values is never returned.
   *
   * @param json the document in UTF-8
   * @param validator the validator
   * @param context the date and thresholds to validate against
   * @return the programme and its report
   * @throws KansenJsonException when the bytes are not a readable programme: its violations are
   *     the reading problems and, where the rest of the document could be read, the validator's
   *     findings on the rest, positioned like a report's
   */
  public ValidatedProgramme readValidated(byte[] json, Validator validator, ValidationContext context) {
    return reading.validated(json, validator, context);
  }

  /**
   * Reads a programme from JSON text and validates it in one call, as
   * {@link #readValidated(byte[], Validator, ValidationContext)} does.
   *
   * @param json the document; a leading byte-order mark is ignored
   * @param validator the validator
   * @param context the date and thresholds to validate against
   * @return the programme and its report
   * @throws KansenJsonException when the text is not a readable programme (nothing to validate)
   */
  public ValidatedProgramme readValidated(String json, Validator validator, ValidationContext context) {
    return reading.validated(json, validator, context);
  }

  /**
   * Reads a programme from a UTF-8 stream, up to its end, and validates it in one call, as
   * {@link #readValidated(byte[], Validator, ValidationContext)} does. The stream is not closed.
   * Memory is bounded: reading stops once the input is longer than any document within the
   * maximum document length could be.
   *
   * @param in the document in UTF-8; a leading byte-order mark is ignored
   * @param validator the validator
   * @param context the date and thresholds to validate against
   * @return the programme and its report
   * @throws KansenJsonException when the content is not a readable programme
   * @throws IOException only when reading the stream itself fails
   */
  public ValidatedProgramme readValidated(InputStream in, Validator validator, ValidationContext context)
      throws IOException {
    return reading.validated(reading.readAll(in), validator, context);
  }

  /**
   * Reads a programme from a UTF-8 file and validates it in one call, as
   * {@link #readValidated(byte[], Validator, ValidationContext)} does.
   *
   * @param file the file
   * @param validator the validator
   * @param context the date and thresholds to validate against
   * @return the programme and its report
   * @throws KansenJsonException when the content is not a readable programme
   * @throws IOException when the file cannot be read
   */
  public ValidatedProgramme readValidated(Path file, Validator validator, ValidationContext context)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readValidated(in, validator, context);
    }
  }

  /**
   * Configures a {@link KansenJson}. Defaults: strict; nesting depth 64; strings 1,000,000
   * characters; numbers 100 characters; documents 16 MiB; 100 violations per read.
   */
  public static final class Builder {
    private boolean lenient;
    private int maxNestingDepth = 64;
    private int maxStringLength = 1_000_000;
    private int maxNumberLength = 100;
    private long maxDocumentLength = 16L * 1024 * 1024;
    private int maxViolations = 100;

    private Builder() {}

    /**
     * @param lenient true to keep unknown properties and accept newer minor format versions
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * @param depth the deepest nesting of objects and arrays allowed, at least 16
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = atLeast("maxNestingDepth", depth, 16);
      return this;
    }

    /**
     * @param length the longest string or text allowed, in characters, at least 1,000
     * @return this builder
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = atLeast("maxStringLength", length, 1000);
      return this;
    }

    /**
     * @param length the longest number allowed, in characters, at least 20
     * @return this builder
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = atLeast("maxNumberLength", length, 20);
      return this;
    }

    /**
     * @param length the longest document (or element of a sequence) allowed, in characters, at
     *     least 1,000
     * @return this builder
     */
    public Builder maxDocumentLength(long length) {
      if (length < 1000) {
        throw new IllegalArgumentException("maxDocumentLength must be at least 1000, but was " + length);
      }
      this.maxDocumentLength = length;
      return this;
    }

    /**
     * @param count the most violations one read reports before it stops, at least 1
     * @return this builder
     */
    public Builder maxViolations(int count) {
      this.maxViolations = atLeast("maxViolations", count, 1);
      return this;
    }

    private static int atLeast(String name, int value, int min) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be at least " + min + ", but was " + value);
      }
      return value;
    }

    /** @return the configured, immutable instance */
    public KansenJson build() {
      return new KansenJson(this);
    }
  }
}
